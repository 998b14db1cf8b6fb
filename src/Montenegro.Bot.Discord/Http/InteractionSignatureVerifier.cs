using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using NSec.Cryptography;

namespace Montenegro.Bot.Discord.Http;

/// <summary>
/// Checks Discord's Ed25519 request signatures: <c>X-Signature-Ed25519</c> over the UTF-8 timestamp followed by the raw
/// body, with the application's public key. Timestamps further than <see cref="MaxClockSkew"/> from now are refused so a
/// captured request cannot be replayed later. Thread-safe.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    /// <summary>The header carrying the hex signature.</summary>
    public const string SignatureHeader = "X-Signature-Ed25519";

    /// <summary>The header carrying the Unix-seconds timestamp that is signed with the body.</summary>
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>How far a timestamp may be from now, either way.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const int SignatureBytes = 64;
    private const int PublicKeyBytes = 32;

    private readonly PublicKey _key;
    private readonly TimeProvider _time;

    /// <summary>Creates a verifier for the key in <see cref="DiscordOptions.PublicKey"/>.</summary>
    /// <param name="options">The options (validated at start).</param>
    /// <param name="time">The clock the timestamps are compared with.</param>
    public InteractionSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider time)
        : this(options?.Value.PublicKey ?? throw new ArgumentNullException(nameof(options)), time)
    {
    }

    /// <summary>Creates a verifier for a hex public key.</summary>
    /// <param name="publicKeyHex">The application's public key, 64 hex characters.</param>
    /// <param name="time">The clock the timestamps are compared with.</param>
    /// <exception cref="ArgumentException">The key is not a valid Ed25519 public key in hex.</exception>
    public InteractionSignatureVerifier(string publicKeyHex, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _key = TryImport(publicKeyHex) ?? throw new ArgumentException("Expected an Ed25519 public key as 64 hex characters.", nameof(publicKeyHex));
        _time = time;
    }

    /// <summary>Whether <paramref name="publicKeyHex"/> is an Ed25519 public key in hex (64 characters).</summary>
    /// <param name="publicKeyHex">The candidate.</param>
    /// <returns>True when it can be used.</returns>
    public static bool IsValidPublicKey(string? publicKeyHex) => TryImport(publicKeyHex) is not null;

    /// <summary>Checks one request.</summary>
    /// <param name="signatureHex">The <see cref="SignatureHeader"/> value.</param>
    /// <param name="timestamp">The <see cref="TimestampHeader"/> value.</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <returns><see cref="SignatureCheck.Valid"/>, or why the request must be refused.</returns>
    public SignatureCheck Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.MissingHeaders;
        }

        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (!TryDecodeHex(signatureHex, signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.Malformed;
        }

        // The signed message is the timestamp's bytes followed by the body's, in one buffer.
        var prefixLength = Encoding.UTF8.GetByteCount(timestamp);
        var length = prefixLength + body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        bool valid;
        try
        {
            var message = rented.AsSpan(0, length);
            Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message[prefixLength..]);
            valid = SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        if (!valid)
        {
            return SignatureCheck.BadSignature;
        }

        // Checked after the signature: the timestamp is only meaningful once we know Discord wrote it.
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs((decimal)now - seconds) > (decimal)MaxClockSkew.TotalSeconds ? SignatureCheck.StaleTimestamp : SignatureCheck.Valid;
    }

    private static PublicKey? TryImport(string? hex)
    {
        Span<byte> raw = stackalloc byte[PublicKeyBytes];
        if (hex is null || !TryDecodeHex(hex.Trim(), raw))
        {
            return null;
        }

        return PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var imported) ? imported : null;
    }

    private static bool TryDecodeHex(string hex, Span<byte> destination) =>
        hex.Length == destination.Length * 2
        && Convert.FromHexString(hex, destination, out var consumed, out var written) == OperationStatus.Done
        && consumed == hex.Length
        && written == destination.Length;
}
