using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Rest;

/// <summary>Builds Discord's JSON request bodies from the library's models.</summary>
internal static class DiscordPayloads
{
    internal const int EphemeralFlag = 64;

    public static JsonObject Message(OutgoingMessage message)
    {
        var body = new JsonObject();
        if (!string.IsNullOrEmpty(message.Content))
        {
            body["content"] = message.Content;
        }

        if (message.Embeds.Count > 0)
        {
            body["embeds"] = new JsonArray(message.Embeds.Select(e => (JsonNode)Embed(e)).ToArray());
        }

        if (message.Ephemeral)
        {
            body["flags"] = EphemeralFlag;
        }

        body["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };
        if (message.ReplyToMessageId is { } replyTo)
        {
            body["message_reference"] = new JsonObject
            {
                ["message_id"] = replyTo.ToString(CultureInfo.InvariantCulture),
                ["fail_if_not_exists"] = false,
            };
        }

        if (message.Attachments.Count > 0)
        {
            body["attachments"] = new JsonArray(message.Attachments.Select((a, i) =>
            {
                var node = new JsonObject { ["id"] = i, ["filename"] = a.FileName };
                if (a.Description is not null)
                {
                    node["description"] = a.Description;
                }

                return (JsonNode)node;
            }).ToArray());
        }

        return body;
    }

    public static JsonObject Embed(Embed embed)
    {
        var node = new JsonObject { ["type"] = "rich" };
        SetIf(node, "title", embed.Title);
        SetIf(node, "description", embed.Description);
        SetIf(node, "url", embed.Url);
        if (embed.Color is { } color)
        {
            node["color"] = color;
        }

        if (embed.Timestamp is { } timestamp)
        {
            node["timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        }

        if (embed.Fields.Count > 0)
        {
            node["fields"] = new JsonArray(embed.Fields.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["value"] = f.Value,
                ["inline"] = f.Inline,
            }).ToArray());
        }

        if (embed.Footer is { } footer)
        {
            var f = new JsonObject { ["text"] = footer.Text };
            SetIf(f, "icon_url", footer.IconUrl);
            node["footer"] = f;
        }

        if (embed.Author is { } author)
        {
            var a = new JsonObject { ["name"] = author.Name };
            SetIf(a, "url", author.Url);
            SetIf(a, "icon_url", author.IconUrl);
            node["author"] = a;
        }

        if (embed.ImageUrl is not null)
        {
            node["image"] = new JsonObject { ["url"] = embed.ImageUrl };
        }

        if (embed.ThumbnailUrl is not null)
        {
            node["thumbnail"] = new JsonObject { ["url"] = embed.ThumbnailUrl };
        }

        return node;
    }

    public static JsonObject Callback(InteractionCallback callback)
    {
        var body = new JsonObject { ["type"] = (int)callback.Type };
        switch (callback.Type)
        {
            case InteractionCallbackType.ChannelMessageWithSource when callback.Message is not null:
                body["data"] = Message(callback.Message);
                break;
            case InteractionCallbackType.DeferredChannelMessageWithSource when callback.Ephemeral:
                body["data"] = new JsonObject { ["flags"] = EphemeralFlag };
                break;
            case InteractionCallbackType.ApplicationCommandAutocompleteResult:
                body["data"] = new JsonObject
                {
                    ["choices"] = new JsonArray(callback.Choices.Take(ApplicationCommandValidator.MaxOptions).Select(c => (JsonNode)new JsonObject
                    {
                        ["name"] = MessageLimits.Shorten(c.Name.Length == 0 ? "?" : c.Name, 100),
                        ["value"] = ChoiceValue(c.Value),
                    }).ToArray()),
                };
                break;
        }

        return body;
    }

    public static JsonArray Commands(IReadOnlyList<ApplicationCommand> commands) =>
        new(commands.Select(c =>
        {
            var node = new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = (int)c.Type,
                ["description"] = c.Description,
                ["options"] = Options(c.Options),
                ["nsfw"] = c.Nsfw,
            };
            SetIf(node, "default_member_permissions", c.DefaultMemberPermissions);
            if (c.Contexts is not null)
            {
                node["contexts"] = new JsonArray(c.Contexts.Select(x => (JsonNode)JsonValue.Create(x)).ToArray());
            }

            return (JsonNode)node;
        }).ToArray());

    public static HttpContent Content(JsonNode body, IReadOnlyList<FileAttachment> files)
    {
        var json = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (files.Count == 0)
        {
            return json;
        }

        var multipart = new MultipartFormDataContent();
        multipart.Add(json, "\"payload_json\"");
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType ?? "application/octet-stream");
            multipart.Add(file, $"\"files[{i}]\"", $"\"{files[i].FileName.Replace("\"", "", StringComparison.Ordinal)}\"");
        }

        return multipart;
    }

    private static JsonArray Options(IReadOnlyList<ApplicationCommandOption> options) =>
        new(options.Select(o =>
        {
            var node = new JsonObject
            {
                ["type"] = (int)o.Type,
                ["name"] = o.Name,
                ["description"] = o.Description,
            };
            if (o.Required)
            {
                node["required"] = true;
            }

            if (o.Autocomplete)
            {
                node["autocomplete"] = true;
            }

            if (o.Choices.Count > 0)
            {
                node["choices"] = new JsonArray(o.Choices.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["value"] = ChoiceValue(c.Value) }).ToArray());
            }

            if (o.Options.Count > 0)
            {
                node["options"] = Options(o.Options);
            }

            SetIf(node, "min_value", o.MinValue);
            SetIf(node, "max_value", o.MaxValue);
            SetIf(node, "min_length", o.MinLength);
            SetIf(node, "max_length", o.MaxLength);
            return (JsonNode)node;
        }).ToArray());

    private static JsonNode? ChoiceValue(object value) => value switch
    {
        string s => JsonValue.Create(MessageLimits.Shorten(s, 100)),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create(f),
        decimal m => JsonValue.Create(m),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static void SetIf(JsonObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }

    private static void SetIf<T>(JsonObject node, string name, T? value)
        where T : struct
    {
        if (value is { } v)
        {
            node[name] = JsonValue.Create(v);
        }
    }
}
