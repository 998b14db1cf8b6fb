using System.Globalization;
using System.Text.Json;
using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Discord.Models;

/// <summary>Reads Discord's JSON objects into the library's models, ignoring unknown fields.</summary>
internal static class DiscordModelParser
{
    public static DiscordInteraction ParseInteraction(JsonElement d)
    {
        var user = d.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var memberUser)
            ? memberUser
            : d.TryGetProperty("user", out var dmUser) ? dmUser : default;
        var data = Object(d, "data");
        var type = (InteractionType)d.GetProperty("type").GetInt32();
        var isCommand = type is InteractionType.ApplicationCommand or InteractionType.ApplicationCommandAutocomplete;
        return new DiscordInteraction
        {
            Id = Snowflake(d, "id") ?? 0,
            ApplicationId = Snowflake(d, "application_id") ?? 0,
            Type = type,
            Token = String(d, "token") ?? "",
            CommandName = isCommand && data is { } named ? String(named, "name") ?? "" : "",
            CommandType = isCommand && data is { } typed && Int(typed, "type") is { } commandType ? (ApplicationCommandType)commandType : null,
            TargetId = isCommand && data is { } target ? Snowflake(target, "target_id") : null,
            ResolvedMessages = data is { } resolved ? ResolvedMessages(resolved) : new Dictionary<ulong, DiscordMessage>(),
            Options = isCommand && data is { } withOptions ? Options(withOptions) : [],
            CustomId = !isCommand && data is { } component ? String(component, "custom_id") ?? "" : "",
            ComponentType = type == InteractionType.MessageComponent && data is { } used && Int(used, "component_type") is { } componentType
                ? (ComponentType)componentType
                : null,
            Values = type == InteractionType.MessageComponent && data is { } chosen ? Strings(chosen, "values") : [],
            ModalFields = type == InteractionType.ModalSubmit && data is { } submitted ? ModalFields(submitted) : [],
            Message = Object(d, "message") is { } message ? ParseMessage(message, withReferenced: true) : null,
            GuildId = Snowflake(d, "guild_id"),
            ChannelId = Snowflake(d, "channel_id"),
            UserId = user.ValueKind == JsonValueKind.Object ? Snowflake(user, "id") ?? 0 : 0,
            UserName = user.ValueKind == JsonValueKind.Object ? DisplayName(user) : "",
            Locale = String(d, "locale"),
            GuildLocale = String(d, "guild_locale"),
            Context = Int(d, "context") is { } context ? (InteractionContextType)context : null,
            AppPermissions = Snowflake(d, "app_permissions"),
        };
    }

    /// <summary>Reads a MESSAGE_CREATE body; a message without an author is malformed.</summary>
    public static DiscordMessage ParseMessage(JsonElement d)
    {
        _ = d.GetProperty("author");
        return ParseMessage(d, withReferenced: true);
    }

    public static DiscordChannel ParseChannel(JsonElement d) => new()
    {
        Id = Snowflake(d, "id") ?? 0,
        Type = (ChannelType)(Int(d, "type") ?? 0),
        GuildId = Snowflake(d, "guild_id"),
        ParentId = Snowflake(d, "parent_id"),
        Name = String(d, "name"),
        OwnerId = Snowflake(d, "owner_id"),
    };

    private static DiscordMessage ParseMessage(JsonElement d, bool withReferenced)
    {
        var author = Object(d, "author");
        var mentions = new List<ulong>();
        if (d.TryGetProperty("mentions", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var mention in list.EnumerateArray())
            {
                if (mention.ValueKind == JsonValueKind.Object && Snowflake(mention, "id") is { } id)
                {
                    mentions.Add(id);
                }
            }
        }

        return new DiscordMessage
        {
            Id = Snowflake(d, "id") ?? 0,
            ChannelId = Snowflake(d, "channel_id") ?? 0,
            GuildId = Snowflake(d, "guild_id"),
            ChannelType = Int(d, "channel_type") is { } channelType ? (ChannelType)channelType : null,
            Type = (MessageType)(Int(d, "type") ?? 0),
            Flags = (MessageFlags)(Int(d, "flags") ?? 0),
            AuthorId = author is { } a ? Snowflake(a, "id") ?? 0 : 0,
            AuthorName = author is { } n ? DisplayName(n) : "",
            AuthorIsBot = author is { } b && b.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True,
            WebhookId = Snowflake(d, "webhook_id"),
            ApplicationId = Snowflake(d, "application_id"),
            InteractionUserId = Object(d, "interaction_metadata") is { } metadata && Object(metadata, "user") is { } invoker ? Snowflake(invoker, "id") : null,
            Content = String(d, "content") ?? "",
            Embeds = Embeds(d),
            Components = Components(d),
            MentionUserIds = mentions,
            Reference = Object(d, "message_reference") is { } reference
                ? new MessageReference((MessageReferenceType)(Int(reference, "type") ?? 0), Snowflake(reference, "message_id"), Snowflake(reference, "channel_id"), Snowflake(reference, "guild_id"))
                : null,
            ReferencedMessage = withReferenced && Object(d, "referenced_message") is { } referenced ? ParseMessage(referenced, withReferenced: false) : null,
            StartedThreadId = Object(d, "thread") is { } thread ? Snowflake(thread, "id") : null,
        };
    }

    private static Dictionary<ulong, DiscordMessage> ResolvedMessages(JsonElement data)
    {
        var result = new Dictionary<ulong, DiscordMessage>();
        if (Object(data, "resolved") is not { } resolved || Object(resolved, "messages") is not { } messages)
        {
            return result;
        }

        foreach (var entry in messages.EnumerateObject())
        {
            if (entry.Value.ValueKind == JsonValueKind.Object
                && ulong.TryParse(entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                result[id] = ParseMessage(entry.Value, withReferenced: false);
            }
        }

        return result;
    }

    private static List<ModalField> ModalFields(JsonElement data)
    {
        var fields = new List<ModalField>();
        Collect(data);
        return fields;

        // Text inputs arrive in action rows (older modals) or labels (current ones); walk both shapes.
        void Collect(JsonElement node)
        {
            if (node.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in children.EnumerateArray())
                {
                    if (child.ValueKind == JsonValueKind.Object)
                    {
                        Field(child);
                        Collect(child);
                    }
                }
            }

            if (Object(node, "component") is { } wrapped)
            {
                Field(wrapped);
                Collect(wrapped);
            }
        }

        void Field(JsonElement component)
        {
            if (String(component, "custom_id") is { } id)
            {
                fields.Add(new ModalField(id, String(component, "value"), Strings(component, "values")));
            }
        }
    }

    private static List<Embed> Embeds(JsonElement d)
    {
        var embeds = new List<Embed>();
        if (!d.TryGetProperty("embeds", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return embeds;
        }

        foreach (var e in list.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var fields = new List<EmbedField>();
            if (e.TryGetProperty("fields", out var fieldList) && fieldList.ValueKind == JsonValueKind.Array)
            {
                foreach (var f in fieldList.EnumerateArray())
                {
                    if (f.ValueKind == JsonValueKind.Object)
                    {
                        fields.Add(new EmbedField(String(f, "name") ?? "", String(f, "value") ?? "", f.TryGetProperty("inline", out var inline) && inline.ValueKind == JsonValueKind.True));
                    }
                }
            }

            embeds.Add(new Embed
            {
                Title = String(e, "title"),
                Description = String(e, "description"),
                Url = String(e, "url"),
                Color = Int(e, "color"),
                Fields = fields,
                Footer = Object(e, "footer") is { } footer && String(footer, "text") is { } text ? new EmbedFooter(text, String(footer, "icon_url")) : null,
                Author = Object(e, "author") is { } author && String(author, "name") is { } name ? new EmbedAuthor(name, String(author, "url"), String(author, "icon_url")) : null,
                Timestamp = String(e, "timestamp") is { } stamp && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
                ImageUrl = Object(e, "image") is { } image ? String(image, "url") : null,
                ThumbnailUrl = Object(e, "thumbnail") is { } thumbnail ? String(thumbnail, "url") : null,
            });
        }

        return embeds;
    }

    private static List<ActionRow> Components(JsonElement d)
    {
        var rows = new List<ActionRow>();
        if (!d.TryGetProperty("components", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return rows;
        }

        foreach (var row in list.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object || Int(row, "type") != (int)ComponentType.ActionRow
                || !row.TryGetProperty("components", out var children) || children.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            try
            {
                var components = children.EnumerateArray().Select(Component).OfType<MessageComponent>().ToList();
                if (components.Count > 0)
                {
                    rows.Add(new ActionRow(components));
                }
            }
            catch (ArgumentException)
            {
                // A row Discord accepted but this library would not build (a newer kind of component): leave it out.
            }
        }

        return rows;
    }

    private static MessageComponent? Component(JsonElement c)
    {
        if (c.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        switch ((ComponentType?)Int(c, "type"))
        {
            case ComponentType.Button when Int(c, "style") is >= 1 and <= 5 and var style:
                return new Button((ButtonStyle)style, String(c, "label"), String(c, "custom_id"), String(c, "url"), Emoji(c), Bool(c, "disabled"));
            case ComponentType.StringSelect:
                var options = new List<SelectMenuOption>();
                if (c.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var o in list.EnumerateArray())
                    {
                        options.Add(new SelectMenuOption(String(o, "label") ?? "", String(o, "value") ?? "", String(o, "description"), Emoji(o), Bool(o, "default")));
                    }
                }

                return new StringSelectMenu(String(c, "custom_id") ?? "", options, String(c, "placeholder"), Int(c, "min_values") ?? 1, Int(c, "max_values") ?? 1, Bool(c, "disabled"));
            default:
                return null;
        }
    }

    private static ComponentEmoji? Emoji(JsonElement parent) =>
        Object(parent, "emoji") is { } emoji && String(emoji, "name") is { Length: > 0 } name
            ? new ComponentEmoji(name, Snowflake(emoji, "id"), Bool(emoji, "animated"))
            : null;

    private static List<InteractionOption> Options(JsonElement parent)
    {
        var result = new List<InteractionOption>();
        if (!parent.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var option in options.EnumerateArray())
        {
            result.Add(new InteractionOption
            {
                Name = String(option, "name") ?? "",
                Type = (ApplicationCommandOptionType)(option.TryGetProperty("type", out var t) ? t.GetInt32() : 0),
                Value = option.TryGetProperty("value", out var value) ? ValueText(value) : null,
                Focused = option.TryGetProperty("focused", out var focused) && focused.ValueKind == JsonValueKind.True,
                Options = Options(option),
            });
        }

        return result;
    }

    private static string? ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string DisplayName(JsonElement user) =>
        String(user, "global_name") is { Length: > 0 } global ? global : String(user, "username") ?? "";

    private static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static bool Bool(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static List<string> Strings(JsonElement element, string name)
    {
        var result = new List<string>();
        if (element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { } text)
                {
                    result.Add(text);
                }
            }
        }

        return result;
    }

    private static ulong? Snowflake(JsonElement element, string name) =>
        String(element, name) is { } text && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
