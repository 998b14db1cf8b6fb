using System.Diagnostics;
using System.Globalization;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>
/// One run of one bot: a fresh fake Discord, the bot started as a child process, start-up timed to its IDENTIFY,
/// a short warm-up, the slash-command phase, the paced mention phase, then its memory. The bot is always killed.
/// </summary>
internal sealed class LoadRun(LoadOptions options, BotLauncher launcher, BotKind bot)
{
    private const int WarmUpCommands = 50;
    private const int WarmUpMentions = 5;

    // Questions ours can really answer; discord.js gets the same dispatches and answers them with a fixed embed.
    private static readonly string[] Questions =
    [
        "When did Russia recognise Montenegro?",
        "What did the NSPM poll find?",
        "When did Montenegro join NATO?",
        "Which countries recognised Montenegro first?",
        "When did Montenegro join the United Nations?",
    ];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    // The first answers of ours wait for its knowledge index to load.
    private static readonly TimeSpan WarmUpTimeout = TimeSpan.FromSeconds(60);

    private FakeDiscord _fake = null!;
    private ReplyTracker _tracker = null!;
    private BotProcess _process = null!;
    private int _unanswered;

    public async Task<RunResult> ExecuteAsync(CancellationToken ct)
    {
        await using var discord = await FakeDiscord.StartAsync();
        _fake = discord;
        _tracker = new ReplyTracker(_fake);

        var startedAt = DateTimeOffset.UtcNow;
        using var child = BotProcess.Start(launcher.StartInfo(bot, _fake.Token, _fake.ApiBaseUrl));
        _process = child;
        try
        {
            var identify = await _fake.WaitForFrameAsync(f => f.Op == 2, StartTimeout, EnsureAlive);
            var startToIdentify = (identify.At - startedAt).TotalMilliseconds;
            var startToFirstRest = _tracker.FirstRequestAt is { } first ? (first - startedAt).TotalMilliseconds : double.NaN;
            PrintStartUp(startedAt, identify.At);
            await _fake.WaitForSessionAsync(StartTimeout, EnsureAlive);
            await _fake.DispatchAsync("GUILD_CREATE", GuildPayload.Create(_fake));

            await WarmUpAsync(ct);
            PrintSampleAnswers();
            var startupErrors = _tracker.TakeErrors();
            _unanswered = 0;

            var botCpu = _process.CpuTime;
            var toolCpu = ToolCpuTime();
            var filesBefore = _fake.FileParts.Count;
            var (commands, commandRate) = await RunCommandsAsync(options.Commands, options.InFlight, options.AnswerTimeout, ct);
            PrintCharts(_fake.FileParts.Skip(filesBefore).Count(p => p.ContentType == "image/png"));
            var botCpuPerCommand = (_process.CpuTime - botCpu).TotalMilliseconds / options.Commands;
            var toolCpuPerCommand = (ToolCpuTime() - toolCpu).TotalMilliseconds / options.Commands;
            // What the bot spends with nothing to do right after the commands (tiering, GC, pools), so that it is not
            // charged to the mentions that follow: measured over a settle pause, then the mentions on their own.
            var idleStart = _process.CpuTime;
            await Task.Delay(options.Settle, ct);
            var botIdleCpuMsPerSecond = options.Settle > TimeSpan.Zero ? (_process.CpuTime - idleStart).TotalMilliseconds / options.Settle.TotalSeconds : double.NaN;
            var botCpuBeforeMentions = _process.CpuTime;
            var (mentions, mentionRate) = await RunMentionsAsync(options.Mentions, options.AnswerTimeout, ct);
            var botCpuPerMention = (_process.CpuTime - botCpuBeforeMentions).TotalMilliseconds / options.Mentions;

            // Let the bot settle (GC, pools trimming) before reading its steady footprint.
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            EnsureAlive();
            var (rss, peak) = _process.Memory();
            return new RunResult(
                bot, startToIdentify, startToFirstRest, commands, commandRate, botCpuPerCommand, toolCpuPerCommand, mentions, mentionRate, botCpuPerMention, botIdleCpuMsPerSecond, _tracker.HttpErrors, _unanswered, startupErrors, rss, peak, _tracker.ErrorSamples);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            Console.Error.WriteLine($"--- last output of the {bot} bot ---{Environment.NewLine}{_process.OutputTail}");
            throw;
        }
    }

    // What the bot asked the fake before it identified: the part of start-up spent on REST rather than in its own process.
    private void PrintStartUp(DateTimeOffset startedAt, DateTimeOffset identifiedAt)
    {
        var before = _fake.Requests.Where(r => r.At <= identifiedAt)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Method} {r.Path} @{(r.At - startedAt).TotalMilliseconds:F0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {bot} start-up: {string.Join(", ", before)}, IDENTIFY @{(identifiedAt - startedAt).TotalMilliseconds:F0} ms"));
    }

    // Whether the /poll answers of the command phase really carried their chart: a fast answer without it proves nothing.
    private void PrintCharts(int pngUploads)
    {
        if (options.PollEvery > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {bot} /poll commands {options.Commands / options.PollEvery}, PNG uploads with their answers {pngUploads}"));
        }
    }

    private void PrintSampleAnswers()
    {
        static string Short(string? body) => body is null ? "none" : body.Length <= 220 ? body : body[..220] + "...";
        var (callback, reply) = _tracker.SampleAnswers;
        Console.WriteLine($"    {bot} sample answers: /ask -> {Short(callback)}{Environment.NewLine}      mention -> {Short(reply)}");
    }

    private async Task WarmUpAsync(CancellationToken ct)
    {
        var (warm, _) = await RunCommandsAsync(WarmUpCommands, 5, WarmUpTimeout, ct);
        var (warmMentions, _) = await RunMentionsAsync(WarmUpMentions, WarmUpTimeout, ct);
        if (warm.Count < WarmUpCommands || warmMentions.Count < WarmUpMentions)
        {
            throw new InvalidOperationException(
                $"Warm-up not answered: {warm.Count}/{WarmUpCommands} commands, {warmMentions.Count}/{WarmUpMentions} mentions. " +
                string.Join(" | ", _tracker.ErrorSamples));
        }
    }

    private async Task<(LatencySummary Latency, double PerSecond)> RunCommandsAsync(int count, int inFlight, TimeSpan timeout, CancellationToken ct)
    {
        using var slots = new SemaphoreSlim(inFlight);
        var answers = new List<Task<double?>>(count);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await slots.WaitAsync(ct);
            var id = _fake.NextSnowflake();
            var answered = _tracker.ExpectCallback(id);
            var payload = options.PollEvery > 0 && i % options.PollEvery == options.PollEvery - 1
                ? AskInteraction.Command(_fake, id, "poll", ("year", 2016))
                : AskInteraction.Create(_fake, id, Questions[i % Questions.Length]);
            await _fake.DispatchAsync("INTERACTION_CREATE", payload);
            answers.Add(AwaitAnswerAsync(answered, timeout, slots));
        }

        var latencies = await Task.WhenAll(answers);
        return (Summarise(latencies), count / wall.Elapsed.TotalSeconds);
    }

    private async Task<(LatencySummary Latency, double PerSecond)> RunMentionsAsync(int count, TimeSpan timeout, CancellationToken ct)
    {
        var spacing = TimeSpan.FromSeconds(1.0 / options.MentionsPerSecond);
        var answers = new List<Task<double?>>(count);
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            // Paced on a fixed schedule, so a slow send does not turn into a burst afterwards.
            var due = spacing * i - wall.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, ct);
            }

            var id = _fake.NextSnowflake();
            var answered = _tracker.ExpectReply(id);

            // A different author each time: ours makes one user wait between answers, as it should.
            var author = DiscordPayloadFactory.UserId + 1 + (ulong)i;
            await _fake.DispatchAsync(
                "MESSAGE_CREATE",
                DiscordPayloadFactory.Message(id, $"<@{_fake.BotUserId}> {Questions[i % Questions.Length]}", authorId: author, mentions: [_fake.BotUserId]));
            answers.Add(AwaitAnswerAsync(answered, timeout, slots: null));
        }

        var latencies = await Task.WhenAll(answers);
        return (Summarise(latencies), count / wall.Elapsed.TotalSeconds);
    }

    private async Task<double?> AwaitAnswerAsync(Task<double> answered, TimeSpan timeout, SemaphoreSlim? slots)
    {
        try
        {
            return await answered.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            Interlocked.Increment(ref _unanswered);
            return null;
        }
        finally
        {
            slots?.Release();
        }
    }

    private static LatencySummary Summarise(double?[] latencies) => LatencySummary.Of(latencies.OfType<double>());

    // The fake and the load generator share the machine with the bot; their cost is shown so it can be weighed.
    private static TimeSpan ToolCpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private void EnsureAlive()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The {bot} bot exited early.");
        }
    }
}
