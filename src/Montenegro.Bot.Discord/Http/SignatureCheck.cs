namespace Montenegro.Bot.Discord.Http;

/// <summary>The outcome of checking one request's signature; anything but <see cref="Valid"/> is answered with 401.</summary>
public enum SignatureCheck
{
    /// <summary>Signed with the application's key, and recent.</summary>
    Valid,

    /// <summary><c>X-Signature-Ed25519</c> or <c>X-Signature-Timestamp</c> is missing or empty.</summary>
    MissingHeaders,

    /// <summary>The signature is not 128 hex characters, or the timestamp is not Unix seconds.</summary>
    Malformed,

    /// <summary>The signature does not match the timestamp and body.</summary>
    BadSignature,

    /// <summary>Correctly signed, but the timestamp is more than the allowed skew away from now (a replay).</summary>
    StaleTimestamp,
}
