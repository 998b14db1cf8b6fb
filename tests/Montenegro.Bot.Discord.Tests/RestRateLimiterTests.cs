using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class RestRateLimiterTests
{
    [Fact]
    public async Task Never_more_than_50_authenticated_requests_in_any_second()
    {
        var time = new TrackingTimeProvider(BotHarness.Start);
        using var metrics = new DiscordMetrics();
        var limiter = new RestRateLimiter(time, metrics, NullLogger.Instance);
        var sent = new ConcurrentQueue<DateTimeOffset>();
        var progress = new ChangeSignal();

        var requests = Enumerable.Range(0, 120).Select(i =>
        {
            var channel = i.ToString(CultureInfo.InvariantCulture);
            var route = new RestRoute(HttpMethod.Post, "/channels/{channel}/messages", channel, $"/channels/{channel}/messages", Authenticated: true);
            return limiter.SendAsync(route, _ =>
            {
                sent.Enqueue(time.GetUtcNow());
                progress.Pulse();
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
            }, maxRetries: 3, CancellationToken.None);
        }).ToList();
        var all = Task.WhenAll(requests);
        _ = all.ContinueWith(_ => progress.Pulse(), TaskScheduler.Default);

        // Whenever the limiter holds requests back it waits on a timer: jump to it until all are through.
        await time.AdvanceUntilAsync(() => all.IsCompleted, _ => true, "all 120 requests sent", TimeSpan.FromSeconds(20), progress);

        await all;
        var times = sent.OrderBy(t => t).ToList();
        Assert.Equal(120, times.Count);
        Assert.All(times, t => Assert.True(times.Count(o => o >= t && o < t + TimeSpan.FromSeconds(1)) <= 50));
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Interaction_callbacks_are_exempt_from_the_global_limit()
    {
        var time = new TrackingTimeProvider(BotHarness.Start);
        using var metrics = new DiscordMetrics();
        var limiter = new RestRateLimiter(time, metrics, NullLogger.Instance);
        var count = 0;

        var requests = Enumerable.Range(0, 80).Select(i =>
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var route = new RestRoute(HttpMethod.Post, "/interactions/{interaction}/{token}/callback", id, $"/interactions/{id}/t/callback", Authenticated: false);
            return limiter.SendAsync(route, _ =>
            {
                Interlocked.Increment(ref count);
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
            }, 3, CancellationToken.None);
        });
        await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(80, count);

        // Not one of them waited on the clock.
        Assert.Equal(0, time.LastTimerId);
    }
}
