using System.Collections.Concurrent;

namespace WorkSessions.Web.Tests.Features.Faults;

/// <summary>
/// The saves a page has seen acknowledged, in order, shared by the pages that save and the test
/// that waits for them: each acknowledgement wakes the waiter, which needs no polling.
/// </summary>
public sealed class Acknowledgements
{
    private readonly ConcurrentQueue<string> _saves = [];
    private TaskCompletionSource _added = NewSignal();

    public int Count => _saves.Count;

    public void Add(string save)
    {
        _saves.Enqueue(save);
        Interlocked.Exchange(ref _added, NewSignal()).TrySetResult();
    }

    public string[] ToArray() => [.. _saves];

    /// <summary>
    /// Returns once <paramref name="count"/> saves are acknowledged; fails if a saving page ends
    /// first (its exception, or a timeout when it ended quietly) or the deadline passes.
    /// </summary>
    public async Task WaitForAsync(int count, IReadOnlyList<Task> savers, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        while (true)
        {
            var added = Volatile.Read(ref _added).Task;
            if (Count >= count)
            {
                return;
            }

            if (savers.FirstOrDefault(s => s.IsCompleted) is { } ended)
            {
                await ended; // a failed page says why
                throw new TimeoutException($"A saving page stopped after {Count} of {count} acknowledged saves.");
            }

            try
            {
                await Task.WhenAny([added, .. savers]).WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"{Count} of {count} saves acknowledged in {deadline.TotalSeconds} s.", e);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
