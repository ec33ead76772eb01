namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// The limits of an interactive circuit, chosen for this portal rather than left to defaults,
/// so that a slow office connection, a pasted article or a stuck browser have known bounds.
/// </summary>
public static class CircuitLimits
{
    /// <summary>
    /// One message from the browser. A pasted speech or press article (paste-to-draft) is about
    /// 10,000 Vietnamese letters, 2–3 bytes each in UTF-8: SignalR's 32 KB default would cut it.
    /// Files never travel in one message (InputFile streams them in chunks).
    /// </summary>
    public const long MaximumReceiveMessageSize = 256 * 1024;

    /// <summary>A dropped connection (a laptop lid, a train) keeps its typed form this long for the reconnect.</summary>
    public static readonly TimeSpan DisconnectedCircuitRetention = TimeSpan.FromMinutes(5);

    /// <summary>Circuits kept for reconnecting at once; beyond that the oldest are let go.</summary>
    public const int DisconnectedCircuitMaxRetained = 200;

    /// <summary>A call into the browser that has not answered by then has failed (the default is one minute).</summary>
    public static readonly TimeSpan JSInteropTimeout = TimeSpan.FromSeconds(30);

    public static IServerSideBlazorBuilder AddPortalCircuits(this IRazorComponentsBuilder builder, IWebHostEnvironment environment) =>
        builder.AddInteractiveServerComponents(o =>
            {
                // Exception details reach the browser only on a developer's machine; elsewhere only the log has them.
                o.DetailedErrors = environment.IsDevelopment();
                o.DisconnectedCircuitRetentionPeriod = DisconnectedCircuitRetention;
                o.DisconnectedCircuitMaxRetained = DisconnectedCircuitMaxRetained;
                o.JSInteropDefaultCallTimeout = JSInteropTimeout;
            })
            .AddHubOptions(o => o.MaximumReceiveMessageSize = MaximumReceiveMessageSize);
}
