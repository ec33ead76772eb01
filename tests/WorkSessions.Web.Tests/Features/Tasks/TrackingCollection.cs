using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Tasks;

/// <summary>Tracking tests report on tasks, decide them and move the clock: they run on a portal of their own, so other tests see the demo data as seeded.</summary>
[CollectionDefinition(Name)]
public sealed class TrackingCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "tracking";
}
