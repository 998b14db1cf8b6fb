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
    public override string ToString() => $"{Method} {Path} {ContentDisposition}";
}
