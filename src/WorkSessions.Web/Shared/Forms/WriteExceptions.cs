namespace WorkSessions.Web.Shared.Forms;

/// <summary>A write that refused itself; <see cref="Writes"/> turns it into its result.</summary>
public sealed class WriteFailedException : Exception
{
    public WriteFailedException()
        : this(FormResult.Ok)
    {
    }

    public WriteFailedException(string message)
        : base(message) => Result = FormResult.Fail(string.Empty, message);

    public WriteFailedException(string message, Exception innerException)
        : base(message, innerException) => Result = FormResult.Fail(string.Empty, message);

    public WriteFailedException(FormResult result)
        : base("The write refused itself.") => Result = result;

    public FormResult Result { get; }
}

/// <summary>A write the person may not make on the record it loaded; recorded once the transaction is gone.</summary>
public sealed class WriteRefusedException : Exception
{
    public WriteRefusedException()
    {
    }

    public WriteRefusedException(string message)
        : base(message)
    {
    }

    public WriteRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
