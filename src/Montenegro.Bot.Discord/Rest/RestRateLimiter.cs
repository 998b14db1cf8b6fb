using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;

namespace Montenegro.Bot.Discord.Rest;

/// <summary>
/// Buckets learned from <c>X-RateLimit-*</c> headers, a global limit of 50 requests per second, and waiting out 429s
/// (route and global). Routes that Discord reports with the same <c>X-RateLimit-Bucket</c> share one bucket per major
/// parameter (channel, guild, webhook or interaction token), as Discord counts them; until a route's bucket is known it
/// has its own. Requests of one bucket go one at a time. Interaction and webhook-token routes learn their limits per
/// token too, but do not count against the global limit.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, DiscordMetrics metrics, ILogger logger)
{
    public const int GlobalRequestsPerSecond = 50;

    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalPauseUntil;
    private long _lookups;

    /// <summary>Buckets currently remembered (for tests of pruning).</summary>
    internal int BucketCount => _buckets.Count;

    public async Task<HttpResponseMessage> SendAsync(RestRoute route, Func<CancellationToken, Task<HttpResponseMessage>> send, int maxRetries, CancellationToken ct)
    {
        var bucket = await EnterBucketAsync(route, ct).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                await WaitForGlobalAsync(route.Authenticated, ct).ConfigureAwait(false);
                var wait = bucket.Remaining <= 0 ? bucket.ResetAt - time.GetUtcNow() : TimeSpan.Zero;
                if (wait > TimeSpan.Zero)
                {
                    logger.LogDebug("Bucket of {Route} exhausted; waiting {Wait}", route, wait);
                    await Task.Delay(wait, time, ct).ConfigureAwait(false);
                }

                var response = await send(ct).ConfigureAwait(false);
                var now = time.GetUtcNow();
                bucket.Update(response, now);
                if (Learn(route, response) is { } shared && !ReferenceEquals(shared, bucket))
                {
                    shared.Update(response, now);
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var (retryAfter, global, hasHeaders) = await ReadRetryAsync(response, ct).ConfigureAwait(false);
                    if (!hasHeaders || attempt >= maxRetries)
                    {
                        if (!hasHeaders)
                        {
                            logger.LogError("Discord answered 429 without rate-limit headers to {Route}: probably a temporary IP block; not retrying", route);
                        }

                        return response;
                    }

                    metrics.RateLimitWaits.Add(1);
                    logger.LogWarning("Rate limited on {Route} (global: {Global}); retrying after {RetryAfter}", route, global, retryAfter);
                    if (global)
                    {
                        lock (_globalLock)
                        {
                            var until = time.GetUtcNow() + retryAfter;
                            if (until > _globalPauseUntil)
                            {
                                _globalPauseUntil = until;
                            }
                        }
                    }

                    response.Dispose();
                    await Task.Delay(retryAfter, time, ct).ConfigureAwait(false);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && attempt < maxRetries)
                {
                    logger.LogWarning("Discord answered {Status} to {Route}; retrying", (int)response.StatusCode, route);
                    response.Dispose();
                    await Task.Delay(TimeSpan.FromMilliseconds(500 * (1 << attempt)), time, ct).ConfigureAwait(false);
                    continue;
                }

                return response;
            }
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    /// <summary>
    /// Waits for the route's bucket. If the route's shared bucket became known while waiting, moves over to it, so that
    /// routes sharing a limit never run side by side.
    /// </summary>
    private async Task<Bucket> EnterBucketAsync(RestRoute route, CancellationToken ct)
    {
        while (true)
        {
            var bucket = GetBucket(KeyOf(route));
            await bucket.Gate.WaitAsync(ct).ConfigureAwait(false);
            if (ReferenceEquals(bucket, GetBucket(KeyOf(route))))
            {
                return bucket;
            }

            bucket.Gate.Release();
        }
    }

    private string KeyOf(RestRoute route) =>
        _bucketOfRoute.TryGetValue(route.RouteKey, out var hash) ? $"{hash} {route.MajorParameter}" : route.BucketKey;

    /// <summary>Records which shared bucket the route belongs to; returns that bucket (for this major parameter).</summary>
    private Bucket? Learn(RestRoute route, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-RateLimit-Bucket", out var values) || values.FirstOrDefault() is not { Length: > 0 } hash)
        {
            return null;
        }

        _bucketOfRoute[route.RouteKey] = hash;
        return GetBucket($"{hash} {route.MajorParameter}");
    }

    private Bucket GetBucket(string key)
    {
        if (Interlocked.Increment(ref _lookups) % PruneEvery == 0)
        {
            Prune();
        }

        return _buckets.GetOrAdd(key, static _ => new Bucket());
    }

    /// <summary>
    /// Drops buckets whose window has passed and that nobody holds: they behave exactly like new ones. Keeps the one-off
    /// buckets of interaction tokens (one per interaction) from piling up; a request that raced a removal notices it in
    /// <see cref="EnterBucketAsync"/> and moves to the current bucket.
    /// </summary>
    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var entry in _buckets)
        {
            if (entry.Value.ResetAt <= now && entry.Value.Gate.CurrentCount == 1)
            {
                _buckets.TryRemove(entry);
            }
        }
    }

    private async Task WaitForGlobalAsync(bool counts, CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalLock)
            {
                var now = time.GetUtcNow();
                wait = _globalPauseUntil - now;
                if (wait <= TimeSpan.Zero && counts)
                {
                    while (_recent.Count > 0 && now - _recent.Peek() >= TimeSpan.FromSeconds(1))
                    {
                        _recent.Dequeue();
                    }

                    if (_recent.Count < GlobalRequestsPerSecond)
                    {
                        _recent.Enqueue(now);
                        return;
                    }

                    wait = _recent.Peek() + TimeSpan.FromSeconds(1) - now;
                }
                else if (wait <= TimeSpan.Zero)
                {
                    return;
                }
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, ct).ConfigureAwait(false);
        }
    }

    private static async Task<(TimeSpan RetryAfter, bool Global, bool HasHeaders)> ReadRetryAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var hasHeaders = response.Headers.Contains("X-RateLimit-Scope") || response.Headers.Contains("X-RateLimit-Bucket")
            || response.Headers.Contains("X-RateLimit-Global") || response.Headers.Contains("X-RateLimit-Limit");
        var global = response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));
        double? seconds = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.TryGetProperty("retry_after", out var ra) && ra.TryGetDouble(out var s))
            {
                seconds = s;
            }

            if (doc.RootElement.TryGetProperty("global", out var gl) && gl.ValueKind == JsonValueKind.True)
            {
                global = true;
            }
        }
        catch (JsonException)
        {
        }

        if (seconds is null && response.Headers.TryGetValues("Retry-After", out var header)
            && double.TryParse(header.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var h))
        {
            seconds = h;
        }

        var retry = TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0, 3600));
        return (retry, global, hasHeaders);
    }

    private sealed class Bucket
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Remaining { get; private set; } = 1;

        public DateTimeOffset ResetAt { get; private set; }

        public void Update(HttpResponseMessage response, DateTimeOffset now)
        {
            if (!TryGet(response, "X-RateLimit-Remaining", out var remaining) || !TryGet(response, "X-RateLimit-Reset-After", out var resetAfter))
            {
                Remaining = 1;
                return;
            }

            Remaining = (int)remaining;
            ResetAt = now + TimeSpan.FromSeconds(resetAfter);
        }

        private static bool TryGet(HttpResponseMessage response, string name, out double value)
        {
            value = 0;
            return response.Headers.TryGetValues(name, out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }
}
