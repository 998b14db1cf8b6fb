using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Tests;

public sealed class RestRateLimiterTests
{
    [Fact]
    public async Task Never_more_than_50_authenticated_requests_in_any_second()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
        using var metrics = new DiscordMetrics();
        var limiter = new RestRateLimiter(time, metrics, NullLogger.Instance);
        var sent = new ConcurrentQueue<DateTimeOffset>();

        var requests = Enumerable.Range(0, 120).Select(i =>
        {
            var channel = i.ToString(CultureInfo.InvariantCulture);
            var route = new RestRoute(HttpMethod.Post, "/channels/{channel}/messages", channel, $"/channels/{channel}/messages", Authenticated: true);
            return limiter.SendAsync(route, _ =>
            {
                sent.Enqueue(time.GetUtcNow());
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
            }, maxRetries: 3, CancellationToken.None);
        }).ToList();
        var all = Task.WhenAll(requests);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!all.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            await Task.Delay(1);
        }

        await all;
        var times = sent.OrderBy(t => t).ToList();
        Assert.Equal(120, times.Count);
        Assert.All(times, t => Assert.True(times.Count(o => o >= t && o < t + TimeSpan.FromSeconds(1)) <= 50));
        Assert.True(times[^1] - times[0] >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Interaction_callbacks_are_exempt_from_the_global_limit()
    {
        var time = new FakeTimeProvider();
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
    }
}
