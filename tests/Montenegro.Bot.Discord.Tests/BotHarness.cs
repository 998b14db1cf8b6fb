using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>A real generic host running the library against <see cref="FakeDiscord"/>, on a fake clock.</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private BotHarness(FakeDiscord discord, IHost host, FakeTimeProvider time, TestBot bot, CapturingLoggerProvider logs)
    {
        Discord = discord;
        Host = host;
        Time = time;
        Bot = bot;
        Logs = logs;
    }

    public FakeDiscord Discord { get; }

    public IHost Host { get; }

    public FakeTimeProvider Time { get; }

    public TestBot Bot { get; }

    public CapturingLoggerProvider Logs { get; }

    public DiscordGatewayState State => Host.Services.GetRequiredService<DiscordGatewayState>();

    public IHostApplicationLifetime Lifetime => Host.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>Advances the fake clock a little on every poll (for backoff and heartbeat waits).</summary>
    public Action Tick(double milliseconds = 100) => () => Time.Advance(TimeSpan.FromMilliseconds(milliseconds));

    public static async Task<BotHarness> StartAsync(
        Action<Dictionary<string, string?>>? settings = null,
        Action<FakeDiscord>? fake = null,
        Action<DiscordOptions>? configure = null,
        Action<TestBot>? bot = null,
        bool waitForReady = true)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
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
        await host.StartAsync();
        var harness = new BotHarness(discord, host, time, testBot, logs);
        if (waitForReady)
        {
            await discord.WaitForSessionAsync();
            await FakeDiscord.WaitUntilAsync(() => harness.State.IsReady, because: "bot saw READY");
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
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddDiscordBot(builder.Configuration.GetSection(DiscordOptions.SectionName), configure);
        return builder.Build();
    }

    public async Task WaitForStopAsync(TimeSpan? timeout = null)
    {
        var stopping = Lifetime.ApplicationStopping;
        await FakeDiscord.WaitUntilAsync(() => stopping.IsCancellationRequested, timeout ?? TimeSpan.FromSeconds(10), because: "host stop");
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
            await Discord.DisposeAsync();
        }
    }
}
