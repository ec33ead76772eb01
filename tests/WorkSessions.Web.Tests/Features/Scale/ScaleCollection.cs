using WorkSessions.Web.Tests.Infrastructure;

namespace WorkSessions.Web.Tests.Features.Scale;

/// <summary>A portal of its own, since its database also holds a generated province.</summary>
[CollectionDefinition(Name)]
public sealed class ScaleCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "scale";
}
