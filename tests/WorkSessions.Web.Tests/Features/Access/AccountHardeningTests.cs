using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Data.Identity;
using WorkSessions.Web.Features.Account;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Access;

[Collection(PortalCollection.Name)]
public sealed class AccountHardeningTests(PortalFixture portal)
{
    [Fact]
    public async Task Passwords_are_hashed_with_at_least_210000_PBKDF2_iterations()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var hash = Convert.FromBase64String((await users.FindByNameAsync("vanphong"))!.PasswordHash!);

        // Identity's v3 format: 0x01, the PRF (4 bytes), the iteration count (4 bytes, big-endian), …
        hash[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)).ShouldBeGreaterThanOrEqualTo(210_000u);
    }

    [Fact]
    public async Task The_production_start_check_refuses_while_a_demo_account_has_the_demo_password()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<DemoAccounts>();

        // The portal runs this check at start in Production; the demo accounts here still have the demo password.
        var error = await Should.ThrowAsync<InvalidOperationException>(accounts.EnsureNoneUsableAsync);

        error.Message.ShouldContain("mật khẩu demo");
    }
}
