using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>The commands as Discord sees them: the real bot host against the in-process fake Discord.</summary>
public sealed class CommandsOnDiscordTests : IAsyncLifetime
{
    private FakeDiscord _discord = null!;
    private WebApplication _host = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        var builder = BotHost.CreateServiceBuilder(
        [
            $"--Discord:Token={_discord.Token}",
            $"--Discord:ApiBaseUrl={_discord.ApiBaseUrl}",
            $"--Discord:GuildId={DiscordPayloadFactory.GuildId}",
            "--Logging:LogLevel:Default=Warning",
            "--Discord:DeferThreshold=00:00:02.5",

            // A busy test machine may draw the first chart slowly; the answer then comes as a deferred edit.
            "--Charts:RenderBudget=00:00:30",
        ]);
        builder.WebHost.UseTestServer();
        _host = builder.Build();
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

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Ask_is_registered_for_user_installs_and_dms_with_montenegrin_descriptions()
    {
        var put = await _discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal));

        var ask = put.Json!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "ask")!;
        Assert.Equal("[0,1]", ask["integration_types"]!.ToJsonString());
        Assert.Equal("[0,1,2]", ask["contexts"]!.ToJsonString());
        Assert.Equal("Pitajte bilo šta o spoljnoj politici Crne Gore", ask["description_localizations"]!["hr"]!.GetValue<string>());
        var options = ask["options"]!.AsArray();
        Assert.All(options, o => Assert.False(string.IsNullOrWhiteSpace(o!["description_localizations"]?["hr"]?.GetValue<string>())));
        var privately = options.Single(o => o!["name"]!.GetValue<string>() == "private")!;
        Assert.Equal(5, privately["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_command_takes_private_and_the_message_command_is_registered()
    {
        var put = await _discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal));

        var commands = put.Json!.AsArray();
        Assert.All(commands.Where(c => c!["type"]!.GetValue<int>() == 1),
            c => Assert.Contains(c!["options"]!.AsArray(), o => o!["name"]!.GetValue<string>() == "private"));
        var menu = Assert.Single(commands, c => c!["type"]!.GetValue<int>() == 3)!;
        Assert.Equal("Ask about this message", menu["name"]!.GetValue<string>());
        Assert.Equal("[0,1,2]", menu["contexts"]!.ToJsonString());
    }

    [Fact]
    public async Task Private_true_is_answered_with_flags_64()
    {
        var id = _discord.NextSnowflake();
        await _discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(_discord, id, "recognition", ("country", "Russia"), ("private", true)));

        var callback = await _discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal));
        Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
        Assert.Equal(64, callback.Json["data"]!["flags"]!.GetValue<int>());
        Assert.Contains("11 June 2006", callback.Json["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_about_this_message_answers_the_question_in_the_message()
    {
        var id = _discord.NextSnowflake();
        var target = DiscordPayloadFactory.Message(_discord.NextSnowflake(), "When did Montenegro join NATO?");
        await _discord.DispatchAsync("INTERACTION_CREATE", ComponentPayloadFactory.MessageCommand(_discord, id, "Ask about this message", target));

        // The answer comes in the callback, or, when a busy machine takes longer than the deferral threshold, as the edit of the
        // deferred reply: either way the user sees it.
        var token = DiscordPayloadFactory.TokenFor(id);
        var reply = await _discord.WaitForRequestAsync(r =>
            (r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal) && r.Json?["type"]?.GetValue<int>() is 4)
            || (r.Method == "PATCH" && r.Path.Contains(token, StringComparison.Ordinal)));
        var body = (reply.Json!["data"] ?? reply.Json)!;
        Assert.Contains("5 June 2017", body["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_pollster_gets_a_private_did_you_mean()
    {
        var id = _discord.NextSnowflake();
        await _discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(_discord, id, "poll", ("firm", "Gallup"), ("year", 2016)));

        var callback = await _discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal));
        Assert.Equal(64, callback.Json!["data"]!["flags"]!.GetValue<int>());
        Assert.StartsWith("No pollster 'Gallup'. Pollsters in my sources: ", callback.Json["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poll_answer_uploads_its_chart_with_the_embed_that_shows_it()
    {
        var id = _discord.NextSnowflake();
        await _discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(_discord, id, "poll", ("year", 2016)));

        var token = DiscordPayloadFactory.TokenFor(id);
        var upload = await _discord.WaitForRequestAsync(r => (r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal) || r.Path.Contains(token, StringComparison.Ordinal)) && r.FileNames.Count > 0);
        var message = upload.Json!["data"] ?? upload.Json;
        var part = Assert.Single(_discord.FileParts, p => p.Path == upload.Path);
        Assert.Equal("attachment://" + part.FileName, message["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        Assert.Equal("image/png", part.ContentType);
        Assert.True(part.Length > 10_000, $"{part.Length} bytes");
    }

    [Fact]
    public async Task A_trend_question_on_ask_carries_the_poll_chart_in_the_same_message()
    {
        var id = _discord.NextSnowflake();
        await _discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(_discord, id, "ask", ("question", "Is support for NATO going up or down?")));

        var token = DiscordPayloadFactory.TokenFor(id);
        var upload = await _discord.WaitForRequestAsync(r => (r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal) || r.Path.Contains(token, StringComparison.Ordinal)) && r.FileNames.Count > 0);
        var message = upload.Json!["data"] ?? upload.Json;
        var part = Assert.Single(_discord.FileParts, p => p.Path == upload.Path);
        Assert.Equal("attachment://" + part.FileName, message["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_croatian_client_gets_montenegrin_descriptions_and_a_montenegrin_bare_answer()
    {
        var id = _discord.NextSnowflake();
        var payload = DiscordPayloadFactory.SlashCommand(_discord, id, "recognition");
        payload["locale"] = "hr";
        await _discord.DispatchAsync("INTERACTION_CREATE", payload);

        var callback = await _discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{Id(id)}/", StringComparison.Ordinal));
        Assert.Contains("je priznala Crnu Goru", callback.Json!["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
