using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Sessions.Editing;

/// <summary>Editing tests add and change sessions: they run on a portal of their own, so other tests see the demo data as seeded.</summary>
[CollectionDefinition(Name)]
public sealed class EditingCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "editing";
}
