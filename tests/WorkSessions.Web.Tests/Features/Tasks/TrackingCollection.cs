using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Tasks;

/// <summary>Tracking tests report on tasks, decide them and move the clock: they run on a portal of their own, so other tests see the demo data as seeded.</summary>
[CollectionDefinition(Name)]
public sealed class TrackingCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "tracking";
}

/// <summary>
/// The dashboard's formula walks the clock through 2027 and acts on the seed's Trực Ninh tasks: on a
/// portal of its own, so no other test reads a day or a task it moved.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DashboardFormulaCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "dashboard-formula";
}
