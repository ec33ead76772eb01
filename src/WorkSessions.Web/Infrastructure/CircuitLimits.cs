namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// The limits of an interactive circuit, chosen for this portal rather than left to defaults,
/// so that a slow office connection, a pasted article or a stuck browser have known bounds.
/// </summary>
public static class CircuitLimits
{
    /// <summary>
    /// The longest text a field takes (paste-to-draft, where a speech or a press article of about
    /// 10,000 Vietnamese letters goes). Every text field of the portal has a maxlength at most this,
    /// which the browser enforces, so no typed or pasted text can make a message past the limit below.
    /// </summary>
    public const int LongestText = 60_000;

    /// <summary>
    /// What one character of a field costs, at most, in the message that carries it: an event's
    /// arguments are JSON inside SignalR's JSON (a string in a string), so a control character
    /// becomes \\u0001 (7 bytes), a quote \\\" (4); a Vietnamese letter is 2–3 bytes of UTF-8.
    /// </summary>
    public const int WorstBytesPerCharacter = 7;

    /// <summary>
    /// One message from the browser: the longest field, in its worst encoding, with room for the
    /// event's other arguments. A larger message closed the connection and lost the form (SignalR's
    /// 32 KB default did that to a pasted article); files never travel in one message (InputFile
    /// streams them in chunks).
    /// </summary>
    public const long MaximumReceiveMessageSize = (LongestText * WorstBytesPerCharacter) + (64 * 1024);

    /// <summary>A dropped connection (a laptop lid, a train) keeps its typed form this long for the reconnect.</summary>
    public static readonly TimeSpan DisconnectedCircuitRetention = TimeSpan.FromMinutes(5);

    /// <summary>Circuits kept for reconnecting at once; beyond that the oldest are let go.</summary>
    public const int DisconnectedCircuitMaxRetained = 200;

    /// <summary>A call into the browser that has not answered by then has failed (the default is one minute).</summary>
    public static readonly TimeSpan JSInteropTimeout = TimeSpan.FromSeconds(30);

    public static IServerSideBlazorBuilder AddPortalCircuits(this IRazorComponentsBuilder builder, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CircuitCounter>();
        builder.Services.AddScoped<CircuitGate>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<CircuitGate>());
        return builder.AddInteractiveServerComponents(o =>
            {
                // Exception details reach the browser only on a developer's machine; elsewhere only the log has them.
                o.DetailedErrors = environment.IsDevelopment();
                o.DisconnectedCircuitRetentionPeriod = DisconnectedCircuitRetention;
                o.DisconnectedCircuitMaxRetained = DisconnectedCircuitMaxRetained;
                o.JSInteropDefaultCallTimeout = JSInteropTimeout;
            })
            .AddHubOptions(o => o.MaximumReceiveMessageSize = MaximumReceiveMessageSize);
    }
}
