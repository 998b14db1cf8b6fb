namespace Montenegro.Bot.Discord.Models;

/// <summary>A file to upload with a reply (sent as multipart form data).</summary>
/// <param name="FileName">File name shown to users; embeds may refer to it as <c>attachment://FileName</c>.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Description">Optional alt text.</param>
/// <param name="ContentType">MIME type; <c>application/octet-stream</c> when null.</param>
public sealed record FileAttachment(string FileName, ReadOnlyMemory<byte> Content, string? Description = null, string? ContentType = null);
