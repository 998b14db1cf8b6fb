using System.Globalization;
using System.Text.Json.Nodes;

namespace Montenegro.Bot.Discord.Testing;

/// <summary>Builds realistic INTERACTION_CREATE bodies for components, modals and message commands, and reply messages.</summary>
public static class ComponentPayloadFactory
{
    /// <summary>A message the bot sent earlier (the one a component is on, or one a user replies to).</summary>
    public static JsonObject BotMessage(FakeDiscord discord, ulong id, string content, JsonArray? embeds = null, JsonArray? components = null, int flags = 0) => new()
    {
        ["id"] = Id(id),
        ["channel_id"] = Id(DiscordPayloadFactory.ChannelId),
        ["author"] = new JsonObject { ["id"] = Id(discord.BotUserId), ["username"] = discord.BotUserName, ["bot"] = true },
        ["content"] = content,
        ["timestamp"] = "2026-11-23T16:59:00.000000+00:00",
        ["embeds"] = embeds ?? [],
        ["components"] = components ?? [],
        ["attachments"] = new JsonArray(),
        ["mentions"] = new JsonArray(),
        ["type"] = 20,
        ["flags"] = flags,
        ["application_id"] = Id(discord.ApplicationId),
        ["webhook_id"] = Id(discord.ApplicationId),
    };

    /// <summary>A button click (interaction type 3, component type 2) on <paramref name="message"/>.</summary>
    public static JsonObject ButtonClick(FakeDiscord discord, ulong id, string customId, JsonObject message) =>
        Interaction(discord, id, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, message);

    /// <summary>A select menu choice (interaction type 3, component type 3).</summary>
    public static JsonObject SelectChoice(FakeDiscord discord, ulong id, string customId, JsonObject message, params string[] values) =>
        Interaction(discord, id, 3, new JsonObject
        {
            ["custom_id"] = customId,
            ["component_type"] = 3,
            ["values"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
        }, message);

    /// <summary>A modal submission (interaction type 5) with text inputs wrapped in labels, as current clients send them.</summary>
    public static JsonObject ModalSubmit(FakeDiscord discord, ulong id, string customId, JsonObject? message, params (string CustomId, string Value)[] fields) =>
        Interaction(discord, id, 5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(fields.Select((f, i) => (JsonNode)new JsonObject
            {
                ["type"] = 18,
                ["id"] = (i * 2) + 1,
                ["component"] = new JsonObject { ["type"] = 4, ["id"] = (i * 2) + 2, ["custom_id"] = f.CustomId, ["value"] = f.Value },
            }).ToArray()),
        }, message);

    /// <summary>A message context-menu command (application command type 3) used on <paramref name="target"/>.</summary>
    public static JsonObject MessageCommand(FakeDiscord discord, ulong id, string name, JsonObject target)
    {
        var targetId = target["id"]!.GetValue<string>();
        var resolved = target.DeepClone().AsObject();
        resolved.Remove("guild_id");
        return Interaction(discord, id, 2, new JsonObject
        {
            ["id"] = "1200000000000000399",
            ["name"] = name,
            ["type"] = 3,
            ["target_id"] = targetId,
            ["resolved"] = new JsonObject { ["messages"] = new JsonObject { [targetId] = resolved } },
        }, null);
    }

    private static JsonObject Interaction(FakeDiscord discord, ulong id, int type, JsonObject data, JsonObject? message)
    {
        var interaction = new JsonObject
        {
            ["id"] = Id(id),
            ["application_id"] = Id(discord.ApplicationId),
            ["type"] = type,
            ["version"] = 1,
            ["token"] = DiscordPayloadFactory.TokenFor(id),
            ["guild_id"] = Id(DiscordPayloadFactory.GuildId),
            ["channel_id"] = Id(DiscordPayloadFactory.ChannelId),
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = Id(DiscordPayloadFactory.UserId), ["username"] = "alice", ["global_name"] = "Alice", ["discriminator"] = "0" },
                ["roles"] = new JsonArray(),
                ["permissions"] = "2248473465835073",
            },
            ["data"] = data,
            ["app_permissions"] = "2248473465835073",
            ["locale"] = "hr",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Id(DiscordPayloadFactory.GuildId) },
            ["context"] = 0,
            ["attachment_size_limit"] = 10_485_760,
        };
        if (message is not null)
        {
            interaction["message"] = message.DeepClone();
        }

        return interaction;
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
