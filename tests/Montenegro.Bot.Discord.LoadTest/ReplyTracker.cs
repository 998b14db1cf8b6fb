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

    private readonly ConcurrentDictionary<string, Pending> _pending = new();
    private readonly ConcurrentQueue<string> _errorSamples = new();
    private string? _sampleCallback;
    private string? _sampleReply;
    private int _httpErrors;
    private long _firstRequestTicks;

    public ReplyTracker(FakeDiscord fake) => fake.RequestRecorded += OnRequest;

    public int HttpErrors => Volatile.Read(ref _httpErrors);

    /// <summary>When the bot's first REST request reached the fake (start-up shows whether it waits on REST before IDENTIFY).</summary>
    public DateTimeOffset? FirstRequestAt => Interlocked.Read(ref _firstRequestTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public IReadOnlyList<string> ErrorSamples => _errorSamples.ToArray();

    /// <summary>The first answer of each kind, to see that the bot really answered rather than failed politely.</summary>
    public (string? Callback, string? Reply) SampleAnswers => (_sampleCallback, _sampleReply);

    /// <summary>Starts the clock for the answer to interaction <paramref name="id"/>; call just before dispatching it.</summary>
    public Task<double> ExpectCallback(ulong id) => Expect("i" + id);

    /// <summary>Starts the clock for the reply to message <paramref name="id"/>; call just before dispatching it.</summary>
    public Task<double> ExpectReply(ulong id) => Expect("m" + id);

    /// <summary>Forgets errors seen so far (start-up and warm-up are reported apart from the measured phases).</summary>
    public int TakeErrors()
    {
        while (_errorSamples.TryDequeue(out _))
        {
        }

        return Interlocked.Exchange(ref _httpErrors, 0);
    }

    private Task<double> Expect(string key)
    {
        var entry = new Pending(Stopwatch.GetTimestamp(), new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously));
        _pending[key] = entry;
        return entry.Answered.Task;
    }

    // Runs on Kestrel's request thread: keep it to a lookup and a timestamp.
    private void OnRequest(RecordedRequest request)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.CompareExchange(ref _firstRequestTicks, request.At.UtcTicks, 0);
        if (request.Status >= 400)
        {
            Interlocked.Increment(ref _httpErrors);
            if (_errorSamples.Count < KeptErrorSamples)
            {
                _errorSamples.Enqueue(request.ToString());
            }
        }

        var key = KeyOf(request);
        if (key is not null && _pending.TryRemove(key, out var entry))
        {
            if (key[0] == 'i')
            {
                Interlocked.CompareExchange(ref _sampleCallback, request.Body, null);
            }
            else
            {
                Interlocked.CompareExchange(ref _sampleReply, request.Body, null);
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
