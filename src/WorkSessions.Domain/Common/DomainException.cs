namespace WorkSessions.Domain.Common;

/// <summary>
/// A rule of the domain was broken. The message is Vietnamese because it is shown to the
/// user as it is; <see cref="Field"/> names the input it belongs to, when there is one.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message, string? field = null)
        : base(message) => Field = field;

    public DomainException()
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Field { get; }
}
