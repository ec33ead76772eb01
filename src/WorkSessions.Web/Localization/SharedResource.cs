namespace WorkSessions.Web.Localization;

/// <summary>Marker type for Resources/SharedResource*.resx: every word of the portal's own UI.</summary>
public sealed class SharedResource;
