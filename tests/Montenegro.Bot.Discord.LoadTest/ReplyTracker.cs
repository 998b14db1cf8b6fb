using System.Collections.Concurrent;
using System.Diagnostics;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>
/// Matches the bot's REST requests at the fake to the dispatches that caused them and times them:
/// an interaction is answered by POST /interactions/{id}/{token}/callback, a mention by a channel message whose
/// message_reference points at it. Counts every 4xx/5xx the fake answered.
/// </summary>
internal sealed class ReplyTracker
{
    private const int KeptErrorSamples = 5;

    private readonly ConcurrentDictionary<string, Pending> pending = new();
    private readonly ConcurrentQueue<string> errorSamples = new();
    private string? sampleCallback;
    private string? sampleReply;
    private int httpErrors;
    private long firstRequestTicks;

    public ReplyTracker(FakeDiscord fake) => fake.RequestRecorded += OnRequest;

    public int HttpErrors => Volatile.Read(ref httpErrors);

    /// <summary>When the bot's first REST request reached the fake (start-up shows whether it waits on REST before IDENTIFY).</summary>
    public DateTimeOffset? FirstRequestAt => Interlocked.Read(ref firstRequestTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public IReadOnlyList<string> ErrorSamples => errorSamples.ToArray();

    /// <summary>The first answer of each kind, to see that the bot really answered rather than failed politely.</summary>
    public (string? Callback, string? Reply) SampleAnswers => (sampleCallback, sampleReply);

    /// <summary>Starts the clock for the answer to interaction <paramref name="id"/>; call just before dispatching it.</summary>
    public Task<double> ExpectCallback(ulong id) => Expect("i" + id);

    /// <summary>Starts the clock for the reply to message <paramref name="id"/>; call just before dispatching it.</summary>
    public Task<double> ExpectReply(ulong id) => Expect("m" + id);

    /// <summary>Forgets errors seen so far (start-up and warm-up are reported apart from the measured phases).</summary>
    public int TakeErrors()
    {
        while (errorSamples.TryDequeue(out _))
        {
        }

        return Interlocked.Exchange(ref httpErrors, 0);
    }

    private Task<double> Expect(string key)
    {
        var entry = new Pending(Stopwatch.GetTimestamp(), new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously));
        pending[key] = entry;
        return entry.Answered.Task;
    }

    // Runs on Kestrel's request thread: keep it to a lookup and a timestamp.
    private void OnRequest(RecordedRequest request)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref firstRequestTicks, request.At.UtcTicks, 0);
        if (request.Status >= 400)
        {
            Interlocked.Increment(ref httpErrors);
            if (errorSamples.Count < KeptErrorSamples)
            {
                errorSamples.Enqueue(request.ToString());
            }
        }

        var key = KeyOf(request);
        if (key is not null && pending.TryRemove(key, out var entry))
        {
            if (key[0] == 'i')
            {
                Interlocked.CompareExchange(ref sampleCallback, request.Body, null);
            }
            else
            {
                Interlocked.CompareExchange(ref sampleReply, request.Body, null);
            }

            entry.Answered.TrySetResult(Stopwatch.GetElapsedTime(entry.Started, now).TotalMilliseconds);
        }
    }

    private static string? KeyOf(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        return segments switch
        {
            ["interactions", var id, _, "callback"] => "i" + id,
            ["channels", _, "messages"] when request.Method == "POST" =>
                request.Json?["message_reference"]?["message_id"]?.GetValue<string>() is { } replied ? "m" + replied : null,
            _ => null,
        };
    }

    private sealed record Pending(long Started, TaskCompletionSource<double> Answered);
}
