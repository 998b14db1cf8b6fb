using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>With no session starts left, the gateway waits for the budget to reset instead of identifying.</summary>
public sealed class SessionStartLimitTests
{
    [Fact]
    public async Task Gateway_waits_out_session_start_reset_after_before_identifying_when_none_are_left()
    {
        await using var h = await BotHarness.StartAsync(
            fake: d =>
            {
                d.SessionStartsRemaining = 0;
                d.SessionStartResetAfterMs = 60_000;
            },
            waitForReady: false);
        var asked = await h.Discord.WaitForRequestAsync(r => r.Path == "/gateway/bot");
        // Announced once the wait has begun.
        await h.Logs.WaitForAsync(e => e.Message.Contains("No gateway session starts", StringComparison.Ordinal), "wait announced");
        h.Discord.SessionStartsRemaining = 999;

        h.Time.Advance(TimeSpan.FromSeconds(59));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Discord.WaitUntilIdentifiesAsync(1);

        var gatewayBot = h.Discord.Requests.Where(r => r.Path == "/gateway/bot").ToList();
        Assert.Equal(2, gatewayBot.Count);
        Assert.Equal(asked.At + TimeSpan.FromSeconds(60), gatewayBot[1].At);
        Assert.True(h.Discord.Frames.First(f => f.Op == 2).At >= asked.At + TimeSpan.FromSeconds(60));
        Assert.Single(h.Discord.Connections);
    }
}
