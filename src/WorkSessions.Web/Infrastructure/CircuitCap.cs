using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace WorkSessions.Web.Infrastructure;

/// <summary>
/// The live circuits of each signed-in person on this node. A circuit holds a few megabytes of the
/// server's memory for as long as its tab is connected, so one account must not be able to open
/// them without end (a script, or a stolen cookie, opened 20): past <c>Circuits:MaxPerUser</c> (10 by
/// default) a new tab shows a message instead of the portal and holds next to nothing. A closed tab
/// frees its place at once, and a waiting tab of the same person takes it and opens by itself; a tab
/// whose connection dropped frees its place until it reconnects.
/// </summary>
public sealed class CircuitCounter
{
    private readonly Dictionary<string, int> _connected = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A place of the named person was freed.</summary>
    public event Action<string>? Freed;

    /// <summary>Counts one more connected circuit for the person, unless <paramref name="cap"/> are connected already.</summary>
    public bool TryOpen(string userName, int cap)
    {
        lock (_connected)
        {
            var count = _connected.GetValueOrDefault(userName);
            if (count >= cap)
            {
                return false;
            }

            _connected[userName] = count + 1;
            return true;
        }
    }

    public void Connected(string userName)
    {
        lock (_connected)
        {
            _connected[userName] = _connected.GetValueOrDefault(userName) + 1;
        }
    }

    public void Disconnected(string userName)
    {
        lock (_connected)
        {
            if (_connected.GetValueOrDefault(userName) <= 1)
            {
                _connected.Remove(userName);
            }
            else
            {
                _connected[userName]--;
            }
        }

        Freed?.Invoke(userName);
    }

    /// <summary>The circuits connected for the person now (for tests and the operator's log).</summary>
    public int Count(string userName)
    {
        lock (_connected)
        {
            return _connected.GetValueOrDefault(userName);
        }
    }
}

/// <summary>
/// One circuit's place in <see cref="CircuitCounter"/>: decided when the circuit opens (before its
/// first render, so <see cref="IsRefused"/> is known to the router), counted while connected. A
/// refused circuit waits for a place of its person and, given one, raises <see cref="Admitted"/>.
/// </summary>
public sealed class CircuitGate(CircuitCounter counter, AuthenticationStateProvider authentication, IConfiguration configuration, ILogger<CircuitGate> log)
    : CircuitHandler
{
    public const int DefaultMaxPerUser = 10;

    private string? _userName;
    private string? _waitingFor;
    private bool _connected;

    /// <summary>The person had as many tabs open as allowed when this one opened: it shows the message only.</summary>
    public bool IsRefused { get; private set; }

    /// <summary>A refused circuit got a place: the router draws the portal.</summary>
    public event Action? Admitted;

    /// <summary>The cap, for the message.</summary>
    public int MaxPerUser => configuration.GetValue("Circuits:MaxPerUser", DefaultMaxPerUser);

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity is not { IsAuthenticated: true, Name: { } name })
        {
            return; // the sign-in pages are not circuits; a signed-out circuit reaches no data
        }

        if (counter.TryOpen(name, MaxPerUser))
        {
            (_userName, _connected) = (name, true);
            return;
        }

        IsRefused = true;
        _waitingFor = name;
        counter.Freed += TakeFreedPlace;
        log.LogWarning("Circuit refused: {UserName} already has {Count} connected (Circuits:MaxPerUser {Cap})", name, counter.Count(name), MaxPerUser);
    }

    /// <summary>A reconnect takes its place again, even past the cap: its tab already shows the person's work.</summary>
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_userName is not null && !_connected)
        {
            _connected = true;
            counter.Connected(_userName);
        }

        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Leave();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        counter.Freed -= TakeFreedPlace;
        Leave();
        return Task.CompletedTask;
    }

    private void TakeFreedPlace(string userName)
    {
        if (_waitingFor is not { } name || !string.Equals(name, userName, StringComparison.OrdinalIgnoreCase) || !counter.TryOpen(name, MaxPerUser))
        {
            return;
        }

        counter.Freed -= TakeFreedPlace;
        (_userName, _connected, _waitingFor, IsRefused) = (name, true, null, false);
        Admitted?.Invoke();
    }

    private void Leave()
    {
        if (_userName is not null && _connected)
        {
            _connected = false;
            counter.Disconnected(_userName);
        }
    }
}
