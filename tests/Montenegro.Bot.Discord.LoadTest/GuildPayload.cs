using System.Globalization;
using System.Text.Json.Nodes;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>
/// The GUILD_CREATE Discord sends right after READY for the guild the load talks in. discord.js only raises
/// messageCreate for channels it has cached, so both bots get the guild and its text channel, as in production.
/// </summary>
internal static class GuildPayload
{
    public static JsonObject Create(FakeDiscord fake)
    {
        var guildId = Id(DiscordPayloadFactory.GuildId);
        return new JsonObject
        {
            ["id"] = guildId,
            ["name"] = "Load test guild",
            ["owner_id"] = Id(DiscordPayloadFactory.UserId),
            ["unavailable"] = false,
            ["large"] = false,
            ["member_count"] = 2,
            ["joined_at"] = "2026-11-23T17:00:00.000000+00:00",
            ["features"] = new JsonArray(),
            ["emojis"] = new JsonArray(),
            ["stickers"] = new JsonArray(),
            ["roles"] = new JsonArray(new JsonObject
            {
                ["id"] = guildId, // @everyone has the guild's id
                ["name"] = "@everyone",
                ["permissions"] = "2248473465835073",
                ["position"] = 0,
                ["color"] = 0,
                ["hoist"] = false,
                ["managed"] = false,
                ["mentionable"] = false,
            }),
            ["members"] = new JsonArray(new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = Id(fake.BotUserId), ["username"] = fake.BotUserName, ["bot"] = true },
                ["roles"] = new JsonArray(),
                ["joined_at"] = "2026-11-23T17:00:00.000000+00:00",
            }),
            ["channels"] = new JsonArray(new JsonObject
            {
                ["id"] = Id(DiscordPayloadFactory.ChannelId),
                ["guild_id"] = guildId,
                ["type"] = 0,
                ["name"] = "questions",
                ["position"] = 0,
                ["permission_overwrites"] = new JsonArray(),
            }),
            ["threads"] = new JsonArray(),
            ["voice_states"] = new JsonArray(),
            ["presences"] = new JsonArray(),
        };
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
