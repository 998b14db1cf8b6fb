using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Knowledge.Hosting;
using Montenegro.Bot.Discord.Testing;
using Montenegro.Bot.Hosting;

namespace Montenegro.Bot.Tests;

/// <summary>The real bot host (knowledge, commands, free text, our Discord client) against the in-process fake Discord.</summary>
public sealed class DiscordEndToEndTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private WebApplication _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _host = StartBot(_discord);
        await _host.StartAsync();
        await _host.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None);
        await _discord.WaitForSessionAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await _discord.DisposeAsync();
    }

    private static WebApplication StartBot(FakeDiscord discord, params string[] extra)
    {
        var builder = BotHost.CreateServiceBuilder(
        [
            $"--Discord:Token={discord.Token}",
            $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
            $"--Discord:GuildId={DiscordPayloadFactory.GuildId}",
            "--Logging:LogLevel:Default=Warning",

            // The longest Discord allows, so that a slow machine still answers at once rather than deferring.
            "--Discord:DeferThreshold=00:00:02.5",
            .. extra,
        ]);
        builder.WebHost.UseTestServer();
        return builder.Build();
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Bot_registers_its_slash_commands_for_the_configured_guild()
    {
        var put = await _discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal));

        Assert.Contains($"/guilds/{Id(DiscordPayloadFactory.GuildId)}/commands", put.Path, StringComparison.Ordinal);
        var names = put.Json!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["ask", "recognition", "nato", "poll", "relations", "search", "sources", "help", "Ask about this message"], names);
    }

    [Fact]
    public async Task Identify_asks_for_message_content_because_free_text_is_on_by_default()
    {
        var identify = await _discord.WaitForFrameAsync(f => f.Op == 2);
        var intents = identify.Data!["intents"]!.GetValue<int>();
        Assert.NotEqual(0, intents & FakeDiscord.MessageContentIntent);
    }

    [Fact]
    public async Task Slash_recognition_is_answered_with_an_embed_that_pings_no_one()
    {
        var id = _discord.NextSnowflake();
        await _discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(_discord, id, "recognition", ("country", "Russia")));

        var callback = await _discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal));
        var data = callback.Json!["data"]!;
        Assert.Equal(4, callback.Json["type"]!.GetValue<int>());
        Assert.Contains("11 June 2006", data["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", data["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task Autocomplete_offers_matching_countries()
    {
        var id = _discord.NextSnowflake();
        await _discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.Autocomplete(_discord, id, "relations", "country", "Ch"));

        var callback = await _discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal));
        Assert.Equal(8, callback.Json!["type"]!.GetValue<int>());
        var choices = callback.Json["data"]!["choices"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Equal("China", choices[0]);
        Assert.InRange(choices.Count, 1, 25);
    }

    [Fact]
    public async Task Autocomplete_for_a_croatian_client_names_countries_in_montenegrin_with_the_same_values()
    {
        var id = _discord.NextSnowflake();
        var payload = DiscordPayloadFactory.Autocomplete(_discord, id, "recognition", "country", "Rus");
        payload["locale"] = "hr";
        await _discord.DispatchAsync("INTERACTION_CREATE", payload);

        var callback = await _discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal));
        Assert.Equal(8, callback.Json!["type"]!.GetValue<int>());
        var first = callback.Json["data"]!["choices"]![0]!;
        Assert.Equal("Rusija", first["name"]!.GetValue<string>());
        Assert.Equal("Russia", first["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_mention_is_answered_as_a_reply_that_pings_no_one_even_after_everyone()
    {
        var id = _discord.NextSnowflake();
        var content = $"<@{Id(_discord.BotUserId)}> @everyone When did the UK recognise Montenegro?";
        await _discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(id, content, mentions: [_discord.BotUserId]));

        var reply = await _discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Equal(Id(id), reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", reply.Json["allowed_mentions"]!.ToJsonString());
        Assert.Contains("13 June", reply.Json["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_from_bots_are_not_answered()
    {
        var fromBot = _discord.NextSnowflake();
        await _discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(fromBot, "When did Russia recognise Montenegro?", authorIsBot: true, directMessage: true));
        var fromPerson = _discord.NextSnowflake();
        await _discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(fromPerson, "When did Russia recognise Montenegro?", directMessage: true));

        var reply = await _discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Equal(Id(fromPerson), reply.Json!["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.DoesNotContain(_discord.Requests, r => r.Body?.Contains(Id(fromBot), StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task With_free_text_off_the_privileged_intent_is_not_requested()
    {
        await using var other = await FakeDiscord.StartAsync();
        await using var host = StartBot(other, "--FreeText:Enabled=false");
        await host.StartAsync();
        await other.WaitForSessionAsync();

        var identify = await other.WaitForFrameAsync(f => f.Op == 2);
        Assert.Equal(0, identify.Data!["intents"]!.GetValue<int>() & FakeDiscord.MessageContentIntent);
        await host.StopAsync();
    }
}
