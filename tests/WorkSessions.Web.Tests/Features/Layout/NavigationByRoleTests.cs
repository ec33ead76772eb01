using Microsoft.Playwright;
using WorkSessions.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace WorkSessions.Web.Tests.Features.Layout;

/// <summary>Each demo account, signed in through the form, sees the menu of its role and nothing more.</summary>
[Collection(PortalCollection.Name)]
public sealed class NavigationByRoleTests(PortalFixture portal)
{
    private static readonly string[] Everyone = ["Tổng quan", "Buổi làm việc", "Nhiệm vụ"];
    private static readonly string[] Registers = ["Đơn vị", "Cán bộ"];
    private static readonly string[] Administration = ["Người dùng", "Mẫu thể thức", "Số thông báo", "Nhật ký"];

    [Theory]
    [InlineData("admin", true, true)]
    [InlineData("vanphong", true, false)]
    [InlineData("lanhdao", true, false)]
    [InlineData("trucninh", false, false)]
    [InlineData("cole", false, false)]
    public async Task Each_demo_account_sees_the_navigation_of_its_role(string userName, bool registers, bool administration)
    {
        var page = await portal.OpenAsync("/", userName);
        var navigation = page.GetByRole(AriaRole.Navigation);

        var expected = Everyone.Concat(registers ? Registers : []).Concat(administration ? Administration : []).ToList();
        var links = await navigation.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        links.Select(l => l.Trim()).Where(l => l.Length > 0).ShouldBe(expected, ignoreOrder: true);
        foreach (var hidden in Registers.Concat(Administration).Except(expected))
        {
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = hidden, Exact = true })).ToHaveCountAsync(0);
        }

        await page.Context.CloseAsync();
    }
}
