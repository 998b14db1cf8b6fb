using System.Text;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Http;
using NSec.Cryptography;

namespace Montenegro.Bot.Discord.Tests;

public sealed class SignatureVerifierTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = """{"type":1,"id":"1"}"""u8.ToArray();

    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly InteractionSignatureVerifier _verifier;

    public SignatureVerifierTests() => _verifier = new InteractionSignatureVerifier(PublicHex(_key), _time);

    public void Dispose() => _key.Dispose();

    [Fact]
    public void Request_signed_with_the_application_key_is_valid()
    {
        var timestamp = Seconds(Now);

        var result = _verifier.Verify(Sign(_key, timestamp, Body), timestamp, Body);

        Assert.Equal(SignatureCheck.Valid, result);
    }

    [Fact]
    public void Uppercase_signature_hex_is_accepted()
    {
        var timestamp = Seconds(Now);

        var result = _verifier.Verify(Sign(_key, timestamp, Body).ToUpperInvariant(), timestamp, Body);

        Assert.Equal(SignatureCheck.Valid, result);
    }

    [Fact]
    public void Changed_body_is_a_bad_signature()
    {
        var timestamp = Seconds(Now);
        var signature = Sign(_key, timestamp, Body);
        var tampered = Body.ToArray();
        tampered[^2] ^= 1;

        var result = _verifier.Verify(signature, timestamp, tampered);

        Assert.Equal(SignatureCheck.BadSignature, result);
    }

    [Fact]
    public void Changed_timestamp_is_a_bad_signature()
    {
        var signature = Sign(_key, Seconds(Now), Body);

        var result = _verifier.Verify(signature, Seconds(Now.AddSeconds(1)), Body);

        Assert.Equal(SignatureCheck.BadSignature, result);
    }

    [Fact]
    public void Signature_from_another_key_is_bad()
    {
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var timestamp = Seconds(Now);

        var result = _verifier.Verify(Sign(other, timestamp, Body), timestamp, Body);

        Assert.Equal(SignatureCheck.BadSignature, result);
    }

    [Theory]
    [InlineData(null, "1795453200")]
    [InlineData("", "1795453200")]
    [InlineData("00", null)]
    [InlineData("00", "")]
    public void Missing_header_is_reported(string? signature, string? timestamp)
    {
        var result = _verifier.Verify(signature, timestamp, Body);

        Assert.Equal(SignatureCheck.MissingHeaders, result);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zz")]
    public void Signature_that_is_not_128_hex_characters_is_malformed(string garbage)
    {
        var signature = garbage.Length == 2 ? new string('0', 126) + garbage : garbage;

        var result = _verifier.Verify(signature, Seconds(Now), Body);

        Assert.Equal(SignatureCheck.Malformed, result);
    }

    [Theory]
    [InlineData("17954532OO")]
    [InlineData("-1")]
    [InlineData("2026-11-23T17:00:00Z")]
    public void Timestamp_that_is_not_unix_seconds_is_malformed(string timestamp)
    {
        var result = _verifier.Verify(Sign(_key, timestamp, Body), timestamp, Body);

        Assert.Equal(SignatureCheck.Malformed, result);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Correctly_signed_request_more_than_five_minutes_off_is_stale(int offsetSeconds)
    {
        var timestamp = Seconds(Now.AddSeconds(offsetSeconds));

        var result = _verifier.Verify(Sign(_key, timestamp, Body), timestamp, Body);

        Assert.Equal(SignatureCheck.StaleTimestamp, result);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Request_exactly_five_minutes_off_is_still_valid(int offsetSeconds)
    {
        var timestamp = Seconds(Now.AddSeconds(offsetSeconds));

        var result = _verifier.Verify(Sign(_key, timestamp, Body), timestamp, Body);

        Assert.Equal(SignatureCheck.Valid, result);
    }

    [Fact]
    public void Verification_follows_the_injected_clock()
    {
        var timestamp = Seconds(Now);
        var signature = Sign(_key, timestamp, Body);

        _time.Advance(TimeSpan.FromMinutes(6));
        var result = _verifier.Verify(signature, timestamp, Body);

        Assert.Equal(SignatureCheck.StaleTimestamp, result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abcd")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Public_key_that_is_not_64_hex_characters_is_rejected(string? publicKey)
    {
        Assert.False(InteractionSignatureVerifier.IsValidPublicKey(publicKey));
        Assert.Throws<ArgumentException>(() => new InteractionSignatureVerifier(publicKey!, _time));
    }

    [Fact]
    public void Public_key_from_the_portal_format_is_accepted()
    {
        Assert.True(InteractionSignatureVerifier.IsValidPublicKey(PublicHex(_key)));
        Assert.True(InteractionSignatureVerifier.IsValidPublicKey(PublicHex(_key).ToUpperInvariant()));
    }

    internal static string PublicHex(Key signingKey) =>
        Convert.ToHexStringLower(signingKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    internal static string Sign(Key signingKey, string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(signingKey, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    internal static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
