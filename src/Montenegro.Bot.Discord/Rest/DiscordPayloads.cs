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

    /// <summary>A message body for creates (channel messages, callbacks, follow-ups).</summary>
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

        if (message.Components.Count > 0)
        {
            body["components"] = Components(message.Components);
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
            body["attachments"] = Attachments(message.Attachments);
        }

        return body;
    }

    /// <summary>
    /// A message body for edits (PATCH and the update callback), which replace one message: every field is sent, empty
    /// ones included, so what the edit leaves out disappears (old text, embeds, buttons and files). Ephemerality
    /// cannot change on an edit, so no flags.
    /// </summary>
    public static JsonObject Edit(OutgoingMessage message)
    {
        var body = Message(message);
        body.Remove("flags");
        body.Remove("message_reference");
        body["content"] = message.Content ?? "";
        body["embeds"] ??= new JsonArray();
        body["components"] ??= new JsonArray();
        body["attachments"] ??= new JsonArray();
        return body;
    }

    public static JsonArray Components(IReadOnlyList<ActionRow> rows) =>
        new(rows.Select(row => (JsonNode)new JsonObject
        {
            ["type"] = (int)ComponentType.ActionRow,
            ["components"] = new JsonArray(row.Components.Select(Component).ToArray()),
        }).ToArray());

    public static JsonObject Modal(Modal modal) => new()
    {
        ["custom_id"] = modal.CustomId,
        ["title"] = modal.Title,

        // Text inputs go in Label components: Discord deprecated text inputs in action rows (and their own label) in 2025.
        ["components"] = new JsonArray(modal.Inputs.Select(input =>
        {
            var label = new JsonObject { ["type"] = (int)ComponentType.Label, ["label"] = input.Label };
            SetIf(label, "description", input.Description);
            var field = new JsonObject
            {
                ["type"] = (int)ComponentType.TextInput,
                ["custom_id"] = input.CustomId,
                ["style"] = (int)input.Style,
                ["required"] = input.Required,
            };
            SetIf(field, "min_length", input.MinLength);
            SetIf(field, "max_length", input.MaxLength);
            SetIf(field, "value", input.Value);
            SetIf(field, "placeholder", input.Placeholder);
            label["component"] = field;
            return (JsonNode)label;
        }).ToArray()),
    };

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
            case InteractionCallbackType.UpdateMessage when callback.Message is not null:
                body["data"] = Edit(callback.Message);
                break;
            case InteractionCallbackType.DeferredChannelMessageWithSource when callback.Ephemeral:
                body["data"] = new JsonObject { ["flags"] = EphemeralFlag };
                break;
            case InteractionCallbackType.Modal when callback.Modal is not null:
                body["data"] = Modal(callback.Modal);
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
                ["nsfw"] = c.Nsfw,
            };
            Localizations(node, "name_localizations", c.NameLocalizations);

            // Discord refuses a description (and options) on user and message commands.
            if (c.Type == ApplicationCommandType.ChatInput)
            {
                node["description"] = c.Description;
                Localizations(node, "description_localizations", c.DescriptionLocalizations);
                node["options"] = Options(c.Options);
            }

            SetIf(node, "default_member_permissions", c.DefaultMemberPermissions);
            if (c.IntegrationTypes is not null)
            {
                node["integration_types"] = new JsonArray(c.IntegrationTypes.Select(x => (JsonNode)JsonValue.Create((int)x)).ToArray());
            }

            if (c.Contexts is not null)
            {
                node["contexts"] = new JsonArray(c.Contexts.Select(x => (JsonNode)JsonValue.Create((int)x)).ToArray());
            }

            return (JsonNode)node;
        }).ToArray());

    /// <summary>
    /// The request body: JSON, or multipart with <c>payload_json</c> and one <c>files[n]</c> part per file. Each file part's
    /// header is written as Discord documents it, <c>form-data; name="files[0]"; filename="chart.png"</c>:
    /// .NET's own <see cref="MultipartFormDataContent.Add(HttpContent, string, string)"/> would add a <c>filename*</c>
    /// parameter (and, for names it quotes itself, encoded quotes in it).
    /// </summary>
    public static HttpContent Content(JsonNode body, IReadOnlyList<FileAttachment> files)
    {
        var json = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (files.Count == 0)
        {
            return json;
        }

        var multipart = new MultipartFormDataContent
        {
            // File names may be in any script; part headers are written in UTF-8 as browsers do, not as RFC 2047 words.
            HeaderEncodingSelector = static (_, _) => Encoding.UTF8,
        };
        json.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"payload_json\"" };
        multipart.Add(json);
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType ?? "application/octet-stream");
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"files[{i}]\"; filename=\"{SafeFileName(files[i].FileName)}\"");
            multipart.Add(file);
        }

        return multipart;
    }

    /// <summary>The file name as it can stand inside a quoted header parameter: no quotes, backslashes or line breaks.</summary>
    internal static string SafeFileName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c is '"' or '\\' || char.IsControl(c) ? '_' : c);
        }

        return builder.Length == 0 ? "file" : builder.ToString();
    }

    private static JsonArray Attachments(IReadOnlyList<FileAttachment> files) =>
        new(files.Select((a, i) =>
        {
            var node = new JsonObject { ["id"] = i, ["filename"] = SafeFileName(a.FileName) };
            if (a.Description is not null)
            {
                node["description"] = a.Description;
            }

            return (JsonNode)node;
        }).ToArray());

    private static JsonNode Component(MessageComponent component)
    {
        var node = new JsonObject { ["type"] = (int)component.Type };
        switch (component)
        {
            case Button button:
                node["style"] = (int)button.Style;
                SetIf(node, "label", button.Label);
                if (button.Emoji is { } emoji)
                {
                    node["emoji"] = Emoji(emoji);
                }

                SetIf(node, "custom_id", button.CustomId);
                SetIf(node, "url", button.Url);
                break;
            case StringSelectMenu select:
                node["custom_id"] = select.CustomId;
                node["options"] = new JsonArray(select.Options.Select(o =>
                {
                    var option = new JsonObject { ["label"] = o.Label, ["value"] = o.Value };
                    SetIf(option, "description", o.Description);
                    if (o.Emoji is { } optionEmoji)
                    {
                        option["emoji"] = Emoji(optionEmoji);
                    }

                    if (o.IsDefault)
                    {
                        option["default"] = true;
                    }

                    return (JsonNode)option;
                }).ToArray());
                SetIf(node, "placeholder", select.Placeholder);
                node["min_values"] = select.MinValues;
                node["max_values"] = select.MaxValues;
                break;
        }

        if (component is Button { Disabled: true } or StringSelectMenu { Disabled: true })
        {
            node["disabled"] = true;
        }

        return node;
    }

    private static JsonObject Emoji(ComponentEmoji emoji)
    {
        var node = new JsonObject { ["name"] = emoji.Name };
        if (emoji.Id is { } id)
        {
            node["id"] = id.ToString(CultureInfo.InvariantCulture);
            if (emoji.Animated)
            {
                node["animated"] = true;
            }
        }

        return node;
    }

    private static void Localizations(JsonObject node, string name, IReadOnlyDictionary<string, string>? values)
    {
        if (values is { Count: > 0 })
        {
            var map = new JsonObject();
            foreach (var (locale, text) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                map[locale] = text;
            }

            node[name] = map;
        }
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
            Localizations(node, "name_localizations", o.NameLocalizations);
            Localizations(node, "description_localizations", o.DescriptionLocalizations);
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
                node["choices"] = new JsonArray(o.Choices.Select(c =>
                {
                    var choice = new JsonObject { ["name"] = c.Name, ["value"] = ChoiceValue(c.Value) };
                    Localizations(choice, "name_localizations", c.NameLocalizations);
                    return (JsonNode)choice;
                }).ToArray());
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
