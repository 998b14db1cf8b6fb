using System.Globalization;
using System.Text.Json.Nodes;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>Builds realistic gateway dispatch bodies for the fake.</summary>
public static class DiscordPayloadFactory
{
    public const ulong GuildId = 1_280_000_000_000_000_001;
    public const ulong ChannelId = 1_290_000_000_000_000_010;
    public const ulong UserId = 1_150_000_000_000_000_007;

    /// <summary>An INTERACTION_CREATE body for a slash command (type 2).</summary>
    public static JsonObject SlashCommand(FakeDiscord discord, ulong id, string name, params (string Name, object Value)[] options) =>
        Interaction(discord, id, 2, name, options.Select(o => Option(o.Name, o.Value, focused: false)).ToArray());

    /// <summary>An INTERACTION_CREATE body for an autocomplete request (type 4) with <paramref name="focused"/> being typed.</summary>
    public static JsonObject Autocomplete(FakeDiscord discord, ulong id, string name, string focused, string partial) =>
        Interaction(discord, id, 4, name, [Option(focused, partial, focused: true)]);

    /// <summary>A MESSAGE_CREATE body.</summary>
    public static JsonObject Message(
        ulong id,
        string content,
        ulong authorId = UserId,
        bool authorIsBot = false,
        ulong? webhookId = null,
        IEnumerable<ulong>? mentions = null,
        bool directMessage = false)
    {
        var author = new JsonObject { ["id"] = Id(authorId), ["username"] = "alice", ["global_name"] = "Alice", ["discriminator"] = "0" };
        if (authorIsBot)
        {
            author["bot"] = true;
        }

        var message = new JsonObject
        {
            ["id"] = Id(id),
            ["channel_id"] = Id(ChannelId),
            ["channel_type"] = directMessage ? 1 : 0,
            ["author"] = author,
            ["content"] = content,
            ["timestamp"] = "2026-11-23T17:00:00.000000+00:00",
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray((mentions ?? []).Select(m => (JsonNode)new JsonObject { ["id"] = Id(m), ["username"] = "someone" }).ToArray()),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["type"] = 0,
            ["flags"] = 0,
        };
        if (!directMessage)
        {
            message["guild_id"] = Id(GuildId);
        }

        if (webhookId is { } webhook)
        {
            message["webhook_id"] = Id(webhook);
        }

        return message;
    }

    public static string TokenFor(ulong interactionId) => "aW50ZXJhY3Rpb24." + interactionId.ToString(CultureInfo.InvariantCulture) + ".fake";

    private static JsonObject Interaction(FakeDiscord discord, ulong id, int type, string name, JsonNode[] options) => new()
    {
        ["id"] = Id(id),
        ["application_id"] = Id(discord.ApplicationId),
        ["type"] = type,
        ["version"] = 1,
        ["token"] = TokenFor(id),
        ["guild_id"] = Id(GuildId),
        ["channel_id"] = Id(ChannelId),
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = Id(UserId), ["username"] = "alice", ["global_name"] = "Alice", ["discriminator"] = "0" },
            ["roles"] = new JsonArray(),
            ["permissions"] = "2248473465835073",
        },
        ["data"] = new JsonObject { ["id"] = "1200000000000000300", ["name"] = name, ["type"] = 1, ["options"] = new JsonArray(options) },
        ["app_permissions"] = "2248473465835073",
        ["locale"] = "en-US",
        ["entitlements"] = new JsonArray(),
        ["context"] = 0,
    };

    private static JsonObject Option(string name, object value, bool focused)
    {
        var option = new JsonObject
        {
            ["name"] = name,
            ["type"] = value switch { long or int => 4, double => 10, bool => 5, _ => 3 },
            ["value"] = value switch
            {
                int i => JsonValue.Create(i),
                long l => JsonValue.Create(l),
                double d => JsonValue.Create(d),
                bool b => JsonValue.Create(b),
                _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
            },
        };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
