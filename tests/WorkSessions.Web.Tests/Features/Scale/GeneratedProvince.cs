using Microsoft.Extensions.DependencyInjection;
using WorkSessions.Testing;
using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Scale;

/// <summary>
/// The scale collection's portal holds, beside the seed, 3 % of a province's twenty years, written
/// once for the collection by whichever test needs it first (about ten seconds).
/// </summary>
internal static class GeneratedProvince
{
    private static readonly SemaphoreSlim Generating = new(1, 1);
    private static bool _generated;

    public static async Task EnsureAsync(PortalFixture portal)
    {
        await Generating.WaitAsync();
        try
        {
            if (!_generated)
            {
                await using var scope = portal.Services.CreateAsyncScope();
                var generator = ActivatorUtilities.CreateInstance<ProvinceGenerator>(scope.ServiceProvider);
                await generator.GenerateAsync(ProvinceScale.Fraction(0.03), DateOnly.FromDateTime(PortalFixture.Today.Date));
                _generated = true;
            }
        }
        finally
        {
            Generating.Release();
        }
    }
}
