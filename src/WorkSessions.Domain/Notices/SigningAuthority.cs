namespace WorkSessions.Domain.Notices;

/// <summary>How the signer signs (thể thức ký).</summary>
public enum SigningAuthority
{
    /// <summary>T/M: on behalf of a collective body (Ban Thường vụ). A collective body never uses K/T.</summary>
    OnBehalfOf,

    /// <summary>K/T: a deputy signing for the head.</summary>
    DeputyFor,

    /// <summary>T/L: by authorisation, e.g. the office head.</summary>
    ByAuthorisation,
}
