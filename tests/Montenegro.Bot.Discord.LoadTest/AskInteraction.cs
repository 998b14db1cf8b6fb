using System.Globalization;
using System.Text.Json.Nodes;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>An INTERACTION_CREATE for /ask (or another slash command) as Discord sends it today.</summary>
internal static class AskInteraction
{
    public static JsonObject Create(FakeDiscord fake, ulong id, string question) => Command(fake, id, "ask", ("question", question));

    public static JsonObject Command(FakeDiscord fake, ulong id, string name, params (string Name, object Value)[] options)
    {
        var payload = DiscordPayloadFactory.SlashCommand(fake, id, name, options);

        // Discord always sends who installed the app and the channel; discord.js throws without the former.
        var guildId = DiscordPayloadFactory.GuildId.ToString(CultureInfo.InvariantCulture);
        payload["authorizing_integration_owners"] = new JsonObject { ["0"] = guildId };
        payload["channel"] = new JsonObject
        {
            ["id"] = DiscordPayloadFactory.ChannelId.ToString(CultureInfo.InvariantCulture),
            ["guild_id"] = guildId,
            ["type"] = 0,
            ["name"] = "questions",
        };
        return payload;
    }
}
