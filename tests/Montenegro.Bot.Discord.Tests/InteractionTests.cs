using System.Text.Json.Nodes;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class InteractionTests
{
    private static readonly TimeSpan DeferThreshold = new Hosting.DiscordOptions().DeferThreshold;

    private static bool IsCallback(RecordedRequest r, ulong id) =>
        r.Method == "POST" && r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal);

    [Fact]
    public async Task Slash_command_is_answered_with_type_4_content_and_no_mentions()
    {
        await using var h = await BotHarness.StartAsync();
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "hello <@123> world")));
        var callback = await h.Discord.WaitForRequestAsync(r => IsCallback(r, id));

        Assert.Equal(204, callback.Status);
        Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
        Assert.Equal("echo: hello <@123> world", callback.Json["data"]!["content"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", callback.Json["data"]!["allowed_mentions"]!.ToJsonString());
        Assert.Null(callback.Header("Authorization"));
        Assert.Equal("DiscordBot (https://example.org/tests, 1.2.3)", callback.Header("User-Agent"));
        var seen = Assert.Single(h.Bot.Commands);
        Assert.Equal(DiscordPayloadFactory.UserId, seen.UserId);
        Assert.Equal("Alice", seen.UserName);
        Assert.Equal(DiscordPayloadFactory.GuildId, seen.GuildId);
        Assert.Equal("en-US", seen.Locale);
    }

    [Fact]
    public async Task Slow_handler_is_deferred_with_type_5_then_original_is_edited()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await BotHarness.StartAsync(bot: b => b.OnCommand = async (_, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return InteractionReply.Text("finally done");
        });
        var id = h.Discord.NextSnowflake();
        var since = h.Time.LastTimerId;

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        var threshold = await h.Time.WaitForTimerAsync(t => t.Remaining <= DeferThreshold, "the deferral threshold", since);
        Assert.Equal(DeferThreshold, threshold.Remaining);

        // Until the threshold the bot waits for the handler, so nothing has gone to Discord yet.
        h.Time.Advance(threshold.Remaining - TimeSpan.FromMilliseconds(1));
        Assert.True(threshold.IsPending);
        Assert.DoesNotContain(h.Discord.Requests, r => IsCallback(r, id));
        h.Time.AdvanceTo(threshold);
        var deferral = await h.Discord.WaitForRequestAsync(r => IsCallback(r, id));
        release.SetResult();
        var edit = await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));

        Assert.Equal(5, deferral.Json!["type"]!.GetValue<int>());
        Assert.Equal(threshold.DueAt, deferral.At);
        Assert.Contains(DiscordPayloadFactory.TokenFor(id), edit.Path, StringComparison.Ordinal);
        Assert.Equal("finally done", edit.Json!["content"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", edit.Json["allowed_mentions"]!.ToJsonString());
        Assert.Equal(200, edit.Status);
    }

    [Fact]
    public async Task Throwing_handler_reaches_the_user_as_a_short_ephemeral_error_and_the_log()
    {
        await using var h = await BotHarness.StartAsync(bot: b => b.OnCommand = (_, _) => throw new InvalidOperationException("index is broken"));
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        var callback = await h.Discord.WaitForRequestAsync(r => IsCallback(r, id));

        Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
        Assert.Equal(64, callback.Json["data"]!["flags"]!.GetValue<int>());
        var content = callback.Json["data"]!["content"]!.GetValue<string>();
        Assert.Contains("try again", content, StringComparison.Ordinal);
        Assert.DoesNotContain("index is broken", content, StringComparison.Ordinal);
        Assert.Contains(h.Logs.Entries, e => e.Exception?.Contains("index is broken", StringComparison.Ordinal) == true);

        // The connection survived: the next command is answered normally.
        var next = h.Discord.NextSnowflake();
        h.Bot.OnCommand = (_, _) => Task.FromResult(InteractionReply.Text("ok"));
        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, next, "echo", ("text", "x")));
        var second = await h.Discord.WaitForRequestAsync(r => IsCallback(r, next));
        Assert.Equal("ok", second.Json!["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Handler_failing_after_deferral_replaces_the_deferral_with_an_ephemeral_error()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await BotHarness.StartAsync(bot: b => b.OnCommand = async (_, _) =>
        {
            await release.Task;
            throw new InvalidOperationException("late failure");
        });
        var id = h.Discord.NextSnowflake();
        var since = h.Time.LastTimerId;

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        await h.AdvanceToTimerAsync(t => t.Remaining <= DeferThreshold, "the deferral threshold", since);
        await h.Discord.WaitForRequestAsync(r => IsCallback(r, id));
        release.SetResult();
        var followup = await h.Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal));

        Assert.Contains(h.Discord.Requests, r => r.Method == "DELETE" && r.Path.EndsWith("@original", StringComparison.Ordinal));
        Assert.Equal(64, followup.Json!["flags"]!.GetValue<int>());
        Assert.DoesNotContain(h.Discord.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task Autocomplete_is_answered_with_type_8_and_at_most_25_choices()
    {
        await using var h = await BotHarness.StartAsync();
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.Autocomplete(h.Discord, id, "city", "name", "Pod"));
        var callback = await h.Discord.WaitForRequestAsync(r => IsCallback(r, id));

        Assert.Equal(204, callback.Status);
        Assert.Equal(8, callback.Json!["type"]!.GetValue<int>());
        var choices = callback.Json["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.Equal("Pod 1", choices[0]!["name"]!.GetValue<string>());
        Assert.Equal("v1", choices[0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Duplicate_interaction_delivery_is_answered_once()
    {
        await using var h = await BotHarness.StartAsync();
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchTwiceAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "once")));
        await h.Discord.WaitForRequestAsync(r => IsCallback(r, id));

        // Both deliveries are done once one is answered and the other dropped (the bot says so in its log).
        await h.Logs.WaitForAsync(e => e.Message.Contains($"repeated delivery of interaction {id}", StringComparison.Ordinal), "the repeat dropped");
        Assert.Single(h.Discord.Requests, r => IsCallback(r, id));
        Assert.Single(h.Bot.Commands);
        await h.Metrics.WaitForAsync("discord.interactions.handled");
        Assert.Equal(1, h.Metrics.Total("discord.interactions.handled"));
    }

    [Fact]
    public async Task Long_answers_are_split_to_discord_limits_without_any_rejected_request()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"word{i}"));
        var embeds = Enumerable.Range(0, 12).Select(i => new Embed
        {
            Title = new string('T', 300),
            Description = words,
            Fields = Enumerable.Range(0, 30).Select(f => new EmbedField($"field {f}", words)).ToList(),
            Footer = new EmbedFooter(words),
        }).ToList();
        await using var h = await BotHarness.StartAsync(bot: b => b.OnCommand = (_, _) =>
            Task.FromResult(new InteractionReply { Content = words, Embeds = embeds }));
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        var callback = await h.Discord.WaitForRequestAsync(r => IsCallback(r, id));

        // Counted once the last follow-up is out.
        await h.Metrics.WaitForAsync("discord.interactions.handled", "ok");

        Assert.Empty(h.Discord.LimitViolations);
        Assert.Equal(204, callback.Status);
        var all = new[] { callback.Json!["data"]! }.Concat(h.Discord.Requests.Where(r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal)).Select(r => r.Json!)).ToList();
        Assert.All(all, m => Assert.Null(FakeDiscord.CheckMessage(m)));
        Assert.All(all, m => Assert.Equal("""{"parse":[]}""", m["allowed_mentions"]!.ToJsonString()));
        var text = string.Join(' ', all.Select(m => m["content"]?.GetValue<string>()).Where(c => c is not null));
        Assert.Equal(words, text);
    }
}
