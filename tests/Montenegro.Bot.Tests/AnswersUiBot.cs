using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Tests;

/// <summary>
/// The real bot host against the fake Discord, shared by the tests of answers' buttons and follow-ups: asks by mention,
/// turns the bot's reply into the message Discord would send back, clicks its components and replies to it.
/// </summary>
public sealed class AnswersUiBot : IAsyncLifetime
{
    public FakeDiscord Discord { get; private set; } = null!;

    public WebApplication Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Discord = await FakeDiscord.StartAsync();
        var builder = BotHost.CreateServiceBuilder(
        [
            $"--Discord:Token={Discord.Token}",
            $"--Discord:ApiBaseUrl={Discord.ApiBaseUrl}",
            $"--Discord:GuildId={DiscordPayloadFactory.GuildId}",
            "--Logging:LogLevel:Default=Warning",
            "--Discord:DeferThreshold=00:00:02.5",

            // One test user asks many questions here; the limits themselves are tested on the handler.
            "--FreeText:Burst=50",

            // A busy test machine may draw a chart more slowly than the 2 s budget; the answer then goes out without it
            // (by design), which is not what the chart tests check.
            "--Charts:RenderBudget=00:00:30",
        ]);
        builder.WebHost.UseTestServer();
        Host = builder.Build();
        await Host.StartAsync();
        await Host.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None);
        await Discord.WaitForSessionAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        await Host.DisposeAsync();
        await Discord.DisposeAsync();
    }

    /// <summary>Mentions the bot with <paramref name="question"/> (optionally as a reply to <paramref name="repliedTo"/>) and returns the reply it posts.</summary>
    public async Task<RecordedRequest> AskAsync(string question, JsonObject? repliedTo = null, ulong? inThread = null)
    {
        var id = Discord.NextSnowflake();
        var message = DiscordPayloadFactory.Message(id, $"<@{Id(Discord.BotUserId)}> {question}", mentions: [Discord.BotUserId]);
        if (inThread is { } thread)
        {
            message["channel_id"] = Id(thread);
            message["channel_type"] = 11;
        }
        if (repliedTo is not null)
        {
            message["type"] = 19;
            message["message_reference"] = new JsonObject
            {
                ["type"] = 0,
                ["message_id"] = repliedTo["id"]!.DeepClone(),
                ["channel_id"] = Id(DiscordPayloadFactory.ChannelId),
                ["guild_id"] = Id(DiscordPayloadFactory.GuildId),
            };
            message["referenced_message"] = repliedTo.DeepClone();
        }

        await Discord.DispatchAsync("MESSAGE_CREATE", message);
        return await Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)
            && r.Json?["message_reference"]?["message_id"]?.GetValue<string>() == Id(id));
    }

    /// <summary>The message Discord would send back for a reply the bot posted (as referenced_message, or with a click).</summary>
    public JsonObject Sent(RecordedRequest reply, int flags = 0)
    {
        var body = reply.Json!;
        return ComponentPayloadFactory.BotMessage(
            Discord,
            Discord.NextSnowflake(),
            body["content"]?.GetValue<string>() ?? "",
            body["embeds"]?.DeepClone().AsArray(),
            body["components"]?.DeepClone().AsArray(),
            flags);
    }

    /// <summary>Clicks the button whose id starts with <paramref name="prefix"/> on <paramref name="message"/>, from a client in <paramref name="locale"/>; returns the callback.</summary>
    public Task<RecordedRequest> ClickAsync(JsonObject message, string prefix, string locale = "en-US") => ClickIdAsync(message, CustomId(message, prefix), locale);

    /// <summary>Clicks a button with exactly <paramref name="customId"/> on <paramref name="message"/>, from a client in <paramref name="locale"/>; returns the callback.</summary>
    public async Task<RecordedRequest> ClickIdAsync(JsonObject message, string customId, string locale = "en-US")
    {
        var id = Discord.NextSnowflake();
        var click = ComponentPayloadFactory.ButtonClick(Discord, id, customId, message);
        click["locale"] = locale;
        await Discord.DispatchAsync("INTERACTION_CREATE", click);
        return await Callback(id);
    }

    /// <summary>Uses slash command <paramref name="name"/> from a client in <paramref name="locale"/>; returns the message it answers with (the callback's, or the edit of a deferral).</summary>
    public async Task<RecordedRequest> SlashAsync(string name, string locale, params (string Name, object Value)[] options)
    {
        var id = Discord.NextSnowflake();
        var payload = DiscordPayloadFactory.SlashCommand(Discord, id, name, options);
        payload["locale"] = locale;
        await Discord.DispatchAsync("INTERACTION_CREATE", payload);
        var token = DiscordPayloadFactory.TokenFor(id);
        return await Discord.WaitForRequestAsync(r =>
            (r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal) && r.Json?["type"]?.GetValue<int>() is 4)
            || (r.Method == "PATCH" && r.Path.Contains(token, StringComparison.Ordinal)));
    }

    /// <summary>The message body of a reply: a callback's data, or an edit's body.</summary>
    public static JsonObject Body(RecordedRequest reply) => (reply.Json!["data"] ?? reply.Json)!.AsObject();

    /// <summary>The message Discord would send back for a slash command's answer.</summary>
    public JsonObject SentSlash(RecordedRequest reply)
    {
        var body = Body(reply);
        return ComponentPayloadFactory.BotMessage(
            Discord,
            Discord.NextSnowflake(),
            body["content"]?.GetValue<string>() ?? "",
            body["embeds"]?.DeepClone().AsArray(),
            body["components"]?.DeepClone().AsArray(),
            body["flags"]?.GetValue<int>() ?? 0);
    }

    /// <summary>Picks <paramref name="value"/> in the select menu with the id prefix on <paramref name="message"/>; returns the callback.</summary>
    public async Task<RecordedRequest> ChooseAsync(JsonObject message, string prefix, string value)
    {
        var id = Discord.NextSnowflake();
        await Discord.DispatchAsync("INTERACTION_CREATE", ComponentPayloadFactory.SelectChoice(Discord, id, CustomId(message, prefix), message, value));
        return await Callback(id);
    }

    /// <summary>Every component of a message body, row by row.</summary>
    public static IEnumerable<JsonNode> Components(JsonNode message) =>
        (message["components"]?.AsArray() ?? []).SelectMany(r => r!["components"]!.AsArray()).Select(c => c!);

    /// <summary>The custom id of the component whose id starts with <paramref name="prefix"/>.</summary>
    public static string CustomId(JsonNode message, string prefix) =>
        Components(message).Select(c => c["custom_id"]?.GetValue<string>()).First(id => id?.StartsWith(prefix, StringComparison.Ordinal) == true)!;

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<RecordedRequest> Callback(ulong interactionId) =>
        Discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{Id(interactionId)}/", StringComparison.Ordinal));
}
