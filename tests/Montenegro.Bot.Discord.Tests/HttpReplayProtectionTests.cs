using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>
/// A correctly signed request captured on the way to the bot stays valid for the whole signature window (5 minutes):
/// replaying it must never get a second answer, however much traffic came in between.
/// </summary>
public sealed class HttpReplayProtectionTests
{
    private static byte[] Command(HttpInteractionsHarness h, ulong id) =>
        Encoding.UTF8.GetBytes(DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")).ToJsonString());

    [Fact]
    public async Task A_request_replayed_after_10000_others_inside_the_window_is_refused()
    {
        await using var h = await HttpInteractionsHarness.StartAsync(bot: b => b.OnCommand = (_, _) => Task.FromResult(Interactions.InteractionReply.Text("ok")));
        var captured = Command(h, h.Discord.NextSnowflake());
        var signedAt = h.Time.GetUtcNow();
        using (var first = await h.PostAsync(captured, timestamp: signedAt))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // 10,000 other commands, more than any count-bounded memory of 8,192 ids, a few at a time.
        var others = Enumerable.Range(0, 10_000).Select(_ => h.Discord.NextSnowflake()).ToList();
        await Parallel.ForEachAsync(others, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, _) =>
        {
            using var response = await h.PostAsync(Command(h, id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
        h.Time.Advance(InteractionSignatureVerifier.MaxClockSkew - TimeSpan.FromSeconds(1));
        using var replay = await h.PostAsync(captured, timestamp: signedAt);

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal(10_001, h.Bot.Commands.Count);
        Assert.Equal(1, h.Metrics.Total("discord.http.requests", "replayed"));
        var line = Assert.Single(h.Logs.Entries, e => e.Message.StartsWith("Refused interaction", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
    }

    [Fact]
    public async Task Once_the_window_has_passed_the_id_is_forgotten_and_the_stale_timestamp_refuses_the_replay()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();
        var guard = h.App.Services.GetRequiredService<InteractionReplayGuard>();
        var captured = Command(h, h.Discord.NextSnowflake());
        var signedAt = h.Time.GetUtcNow();
        using (var first = await h.PostAsync(captured, timestamp: signedAt))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        h.Time.Advance(InteractionSignatureVerifier.MaxClockSkew + TimeSpan.FromSeconds(1));
        using var later = await h.PostAsync(Command(h, h.Discord.NextSnowflake()));
        var remembered = guard.Count;
        using var replay = await h.PostAsync(captured, timestamp: signedAt);

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(1, remembered);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal(2, h.Bot.Commands.Count);
    }

    [Fact]
    public async Task A_full_replay_memory_answers_429_instead_of_forgetting_and_frees_up_as_the_window_moves()
    {
        await using var h = await HttpInteractionsHarness.StartAsync(services: (s, time) => s.AddSingleton(new InteractionReplayGuard(time, capacity: 3)));
        var remembered = Enumerable.Range(0, 3).Select(_ => Command(h, h.Discord.NextSnowflake())).ToList();
        var signedAt = h.Time.GetUtcNow();
        foreach (var body in remembered)
        {
            using var accepted = await h.PostAsync(body, timestamp: signedAt);
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        h.Time.Advance(TimeSpan.FromMinutes(1));
        using var overflow = await h.PostAsync(Command(h, h.Discord.NextSnowflake()));
        using var secondOverflow = await h.PostAsync(Command(h, h.Discord.NextSnowflake()));
        using var replay = await h.PostAsync(remembered[0], timestamp: signedAt);
        h.Time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(1));
        using var afterWindow = await h.PostAsync(Command(h, h.Discord.NextSnowflake()));

        Assert.Equal(HttpStatusCode.TooManyRequests, overflow.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(241), overflow.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, secondOverflow.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWindow.StatusCode);
        Assert.Equal(4, h.Bot.Commands.Count);
        Assert.Equal(2, h.Metrics.Total("discord.http.requests", "over_capacity"));
        var warning = Assert.Single(h.Logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains("429", warning.Message, StringComparison.Ordinal);
    }
}
