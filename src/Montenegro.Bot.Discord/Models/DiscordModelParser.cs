using System.Globalization;
using System.Text.Json;

namespace Montenegro.Bot.Discord.Models;

/// <summary>Reads Discord's JSON objects into the library's models, ignoring unknown fields.</summary>
internal static class DiscordModelParser
{
    public static DiscordInteraction ParseInteraction(JsonElement d)
    {
        var user = d.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var memberUser)
            ? memberUser
            : d.TryGetProperty("user", out var dmUser) ? dmUser : default;
        var data = d.TryGetProperty("data", out var dataElement) ? dataElement : default;
        return new DiscordInteraction
        {
            Id = Snowflake(d, "id") ?? 0,
            ApplicationId = Snowflake(d, "application_id") ?? 0,
            Type = (InteractionType)d.GetProperty("type").GetInt32(),
            Token = String(d, "token") ?? "",
            CommandName = data.ValueKind == JsonValueKind.Object ? String(data, "name") ?? "" : "",
            Options = data.ValueKind == JsonValueKind.Object ? Options(data) : [],
            GuildId = Snowflake(d, "guild_id"),
            ChannelId = Snowflake(d, "channel_id"),
            UserId = user.ValueKind == JsonValueKind.Object ? Snowflake(user, "id") ?? 0 : 0,
            UserName = user.ValueKind == JsonValueKind.Object ? DisplayName(user) : "",
            Locale = String(d, "locale"),
        };
    }

    public static DiscordMessage ParseMessage(JsonElement d)
    {
        var author = d.GetProperty("author");
        var mentions = new List<ulong>();
        if (d.TryGetProperty("mentions", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var mention in list.EnumerateArray())
            {
                if (Snowflake(mention, "id") is { } id)
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
            AuthorId = Snowflake(author, "id") ?? 0,
            AuthorName = DisplayName(author),
            AuthorIsBot = author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True,
            WebhookId = Snowflake(d, "webhook_id"),
            Content = String(d, "content") ?? "",
            MentionUserIds = mentions,
        };
    }

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

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ulong? Snowflake(JsonElement element, string name) =>
        String(element, name) is { } text && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
