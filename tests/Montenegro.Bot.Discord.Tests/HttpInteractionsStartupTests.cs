using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class HttpInteractionsStartupTests
{
    private static bool IsCommandPut(RecordedRequest r) => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal);

    [Fact]
    public async Task Commands_are_registered_globally_at_start_when_a_token_is_configured()
    {
        await using var h = await HttpInteractionsHarness.StartAsync(withToken: true);

        var put = await h.Discord.WaitForRequestAsync(IsCommandPut);

        Assert.Equal($"/applications/{h.Discord.ApplicationId}/commands", put.Path);
        Assert.Equal(200, put.Status);
        Assert.Equal(["echo", "city"], put.Json!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Contains(h.Discord.Requests, r => r is { Method: "GET", Path: "/applications/@me" });
    }

    [Fact]
    public async Task Commands_go_to_the_configured_guild_and_application_without_a_lookup()
    {
        await using var h = await HttpInteractionsHarness.StartAsync(
            settings: s =>
            {
                s["Discord:GuildId"] = DiscordPayloadFactory.GuildId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                s["Discord:ApplicationId"] = "1100000000000000000";
            },
            withToken: true);

        var put = await h.Discord.WaitForRequestAsync(IsCommandPut);

        Assert.Equal($"/applications/1100000000000000000/guilds/{DiscordPayloadFactory.GuildId}/commands", put.Path);
        Assert.DoesNotContain(h.Discord.Requests, r => r.Path == "/applications/@me");
    }

    [Fact]
    public async Task Without_a_token_nothing_is_registered_and_one_info_line_says_so()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();

        // The endpoint answers, so start-up is over.
        using var response = await h.PostAsync(new System.Text.Json.Nodes.JsonObject { ["id"] = "1", ["type"] = 1 });

        Assert.Empty(h.Discord.Requests);
        var line = Assert.Single(h.Logs.Entries, e => e.Message.Contains("Discord:Token", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
    }

    [Fact]
    public async Task Missing_public_key_fails_start_with_a_message_naming_it()
    {
        var config = new Dictionary<string, string?> { ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10" };
        await using var app = HttpInteractionsHarness.Build(config, new FakeTimeProvider(), new TestBot(), new CapturingLoggerProvider());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Discord:PublicKey is required", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Discord:Token", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f70751")]
    public async Task Malformed_public_key_fails_start_with_a_message_naming_it(string publicKey)
    {
        var config = new Dictionary<string, string?> { ["Discord:PublicKey"] = publicKey };
        await using var app = HttpInteractionsHarness.Build(config, new FakeTimeProvider(), new TestBot(), new CapturingLoggerProvider());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Discord:PublicKey must be", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_text_shows_whether_a_public_key_is_set_but_not_the_key()
    {
        var options = new DiscordOptions { PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" };

        var text = options.ToString();

        Assert.Contains("PublicKey = (set)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("d75a98", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_transports_together_register_shared_services_once()
    {
        var services = new ServiceCollection();
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "a.b" }).Build().GetSection("Discord");

        services.AddDiscordBot(section).AddDiscordHttpInteractions(section).AddDiscordBot(section).AddDiscordHttpInteractions(section);

        foreach (var type in new[] { typeof(IDiscordRestClient), typeof(InteractionDispatcher), typeof(DiscordMetrics), typeof(InteractionSignatureVerifier), typeof(TimeProvider) })
        {
            Assert.Single(services, d => d.ServiceType == type);
        }

        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IHostedService)));
        Assert.Equal(3, services.Count(d => d.ServiceType == typeof(IValidateOptions<DiscordOptions>)));
        Assert.Single(services, d => d.ServiceType == typeof(IOptionsChangeTokenSource<DiscordOptions>));
    }

    [Fact]
    public async Task Both_transports_together_require_the_token_and_the_public_key()
    {
        var services = new ServiceCollection();
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build().GetSection("Discord");
        services.AddDiscordBot(section).AddDiscordHttpInteractions(section);
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:Token is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:PublicKey is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_command_set_fails_start_listing_the_problem()
    {
        var bot = new TestBot { CommandSet = [new ApplicationCommand { Name = "Bad Name", Description = "x" }] };
        var config = new Dictionary<string, string?> { ["Discord:PublicKey"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a" };
        await using var app = HttpInteractionsHarness.Build(config, new FakeTimeProvider(), bot, new CapturingLoggerProvider());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("Bad Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shutdown_lets_a_deferred_answer_finish()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await HttpInteractionsHarness.StartAsync(bot: b => b.OnCommand = async (_, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return InteractionReply.Text("late but there");
        });
        var id = h.Discord.NextSnowflake();
        var since = h.Time.LastTimerId;
        var posting = h.PostAsync(DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        h.Time.AdvanceTo(await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(2), "the deferral threshold", since));
        (await posting).Dispose();
        h.Discord.AcknowledgeInline(DiscordPayloadFactory.TokenFor(id));

        var stopping = h.App.StopAsync();

        // Shutdown says it is waiting for the answer, and does wait: it cannot finish while the answer is held back.
        await h.Logs.WaitForAsync(e => e.Message.Contains("in-flight", StringComparison.Ordinal), "shutdown waiting for the answer");
        var stoppedEarly = stopping.IsCompleted;
        release.SetResult();
        await stopping;

        Assert.False(stoppedEarly);
        var edit = Assert.Single(h.Discord.Requests, r => r.Method == "PATCH");
        Assert.Equal("late but there", edit.Json!["content"]!.GetValue<string>());
    }
}
