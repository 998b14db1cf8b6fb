using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>
/// A real generic host running the library against <see cref="FakeDiscord"/>, on a fake clock whose timers the test can
/// see. Everything observable (the fake's records, handler calls, log lines, counters, timers) reports its changes, so
/// tests wait for what they mean instead of sleeping.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(FakeDiscord discord, IHost host, TrackingTimeProvider time, TestBot bot, CapturingLoggerProvider logs, MetricsRecorder metrics)
    {
        Discord = discord;
        Host = host;
        Time = time;
        Bot = bot;
        Logs = logs;
        Metrics = metrics;
    }

    public static DateTimeOffset Start { get; } = new(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);

    public FakeDiscord Discord { get; }

    public IHost Host { get; }

    public TrackingTimeProvider Time { get; }

    public TestBot Bot { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <summary>The host's <see cref="DiscordMetrics"/> counters, added up.</summary>
    public MetricsRecorder Metrics { get; }

    public DiscordGatewayState State => Host.Services.GetRequiredService<DiscordGatewayState>();

    public IHostApplicationLifetime Lifetime => Host.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>
    /// Advances the fake clock a little on every poll of the polling waits. Couples fake time to wall time; prefer
    /// <see cref="TrackingTimeProvider.WaitForTimerAsync"/> and <see cref="TrackingTimeProvider.AdvanceTo"/>.
    /// </summary>
    public Action Tick(double milliseconds = 100) => () => Time.Advance(TimeSpan.FromMilliseconds(milliseconds));

    public static async Task<BotHarness> StartAsync(
        Action<Dictionary<string, string?>>? settings = null,
        Action<FakeDiscord>? fake = null,
        Action<DiscordOptions>? configure = null,
        Action<TestBot>? bot = null,
        bool waitForReady = true)
    {
        var time = new TrackingTimeProvider(Start);
        var discord = await FakeDiscord.StartAsync(time);
        fake?.Invoke(discord);
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:ProjectUrl"] = "https://example.org/tests",
            ["Discord:Version"] = "1.2.3",
        };
        settings?.Invoke(config);
        var testBot = new TestBot();
        bot?.Invoke(testBot);
        var logs = new CapturingLoggerProvider();
        var host = Build(config, time, testBot, logs, configure);
        var metrics = new MetricsRecorder(DiscordMetrics.MeterName, host.Services.GetService<IMeterFactory>());
        await host.StartAsync();
        var harness = new BotHarness(discord, host, time, testBot, logs, metrics);
        if (waitForReady)
        {
            await discord.WaitForSessionAsync();

            // The bot logs READY right after it records it.
            await harness.WaitUntilAsync(() => harness.State.IsReady, "bot saw READY");
        }

        return harness;
    }

    public static IHost Build(
        Dictionary<string, string?> config,
        TimeProvider time,
        TestBot bot,
        CapturingLoggerProvider logs,
        Action<DiscordOptions>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IInteractionHandler>(bot);
        builder.Services.AddSingleton<IMessageHandler>(bot);
        builder.Services.AddSingleton<IApplicationCommandSource>(bot);
        builder.Services.AddMetrics();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddDiscordBot(builder.Configuration.GetSection(DiscordOptions.SectionName), configure);
        return builder.Build();
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking whenever the fake, the bot, the log, the metrics or the clock report a change.</summary>
    public Task WaitUntilAsync(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        ChangeSignal.WaitUntilAsync(condition, because, timeout, Discord.Changes, Bot.Changes, Logs.Changes, Metrics.Changes, Time.Changes);

    /// <summary>Waits for the code under test to wait on a matching timer (started after <paramref name="startedAfter"/>), then fires it.</summary>
    public async Task<PendingTimer> AdvanceToTimerAsync(Func<PendingTimer, bool> match, string because, long startedAfter)
    {
        var timer = await Time.WaitForTimerAsync(match, because, startedAfter);
        Time.AdvanceTo(timer);
        return timer;
    }

    /// <summary>
    /// What the test could see at a moment (the fake clock, the pending timers, the gateway frames and connections), for the
    /// message of a wait that timed out: a rare failure on a loaded machine then says which timer or frame was missing.
    /// </summary>
    public string Describe() =>
        $"clock {Time.GetUtcNow():HH:mm:ss.fff}; timers [{string.Join("; ", Time.PendingTimers)}]; "
        + $"frames [{string.Join("; ", Discord.Frames.Select(f => $"op {f.Op} on #{f.ConnectionId}{(f.Requested ? " (requested)" : "")} at {f.At:HH:mm:ss.fff}"))}]; "
        + $"connections [{string.Join("; ", Discord.Connections.Select(c => $"#{c.Id}{(c.Ended ? " ended" : "")}"))}]";

    /// <summary>Completes when the host begins to stop (after a fatal error, for instance).</summary>
    public async Task WaitForStopAsync(TimeSpan? timeout = null)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        await stopping.Task.WaitAsync(timeout ?? ChangeSignal.DefaultTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync();
        }
        finally
        {
            Host.Dispose();
            Metrics.Dispose();
            await Discord.DisposeAsync();
        }
    }
}
