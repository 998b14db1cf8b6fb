namespace Montenegro.Bot.Discord.Testing;

/// <summary>One <c>files[n]</c> part of a multipart request the bot made, with its header as written.</summary>
public sealed record RecordedFilePart(
    string Method,
    string Path,
    string Name,
    string FileName,
    string ContentDisposition,
    string? ContentType,
    long Length)
{
    /// <summary>The part's bytes (images are small), so a test can read what was uploaded.</summary>
    public byte[] Content { get; init; } = [];

    public override string ToString() => $"{Method} {Path} {ContentDisposition}";
}
