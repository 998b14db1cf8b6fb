using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>Every interaction token gets its own bucket; spent ones must not pile up at a thousand interactions a second.</summary>
public sealed class TokenBucketPruningTests
{
    [Fact]
    public async Task Buckets_of_finished_interactions_are_forgotten_once_their_window_has_passed()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
        using var metrics = new DiscordMetrics();
        var limiter = new RestRateLimiter(time, metrics, NullLogger.Instance);

        for (var i = 0; i < 20_000; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var route = new RestRoute(HttpMethod.Post, "/interactions/{interaction}/{token}/callback", $"{id}/token{id}", $"/interactions/{id}/token{id}/callback", Authenticated: false);
            using var response = await limiter.SendAsync(route, _ => Task.FromResult(Limited()), maxRetries: 0, CancellationToken.None);
            if (i % 100 == 99)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        Assert.InRange(limiter.BucketCount, 1, 3000);
    }

    private static HttpResponseMessage Limited()
    {
        var response = new HttpResponseMessage(HttpStatusCode.NoContent);
        response.Headers.Add("X-RateLimit-Limit", "5");
        response.Headers.Add("X-RateLimit-Remaining", "4");
        response.Headers.Add("X-RateLimit-Reset-After", "1");
        response.Headers.Add("X-RateLimit-Bucket", "callback");
        return response;
    }
}
