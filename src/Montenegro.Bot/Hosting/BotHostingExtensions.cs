using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Montenegro.Bot.Hosting;

/// <summary>The bot's concerns, one <c>AddXxx()</c> each, composed by <see cref="BotHost"/>.</summary>
public static class BotHostingExtensions
{
    private const string ProjectUrl = "https://github.com/montenegro-bot/montenegro-bot";

    /// <summary>
    /// What every mode has: its settings checked (conversions now, validators at start, including the Discord and
    /// free-text settings, so that a bad value is reported whichever mode reads it), and the knowledge base loaded at start.
    /// </summary>
    /// <exception cref="InvalidSettingsException">A setting does not convert to its type.</exception>
    public static TBuilder AddBotDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        SettingsCheck.ThrowIfUnconvertible(builder.Configuration);

        builder.Services.AddKnowledge(builder.Configuration);
        builder.Services.AddDiscordOptions(builder.Configuration.GetSection(DiscordOptions.SectionName));
        builder.Services.AddOptions<FreeTextOptions>()
            .Bind(builder.Configuration.GetSection(FreeTextOptions.Section))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<FreeTextOptions>, FreeTextOptions.Validator>());

        // Start-up failures (invalid settings, unloadable data) are reported by the command line in one line that
        // names the setting or the file; the host's own report would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        // Leave time inside the usual 10 s stop grace period to finish replies in flight.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(9));
        return builder;
    }

    /// <summary>
    /// Console modes (the chat, <c>ask</c>): logs go to standard error at warning level, so standard output carries
    /// nothing but answers; Ctrl-C ends the process at once, as it does any console tool.
    /// </summary>
    public static TBuilder AddConsoleModeLogging<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // A rule, not a minimum level: it comes after appsettings.json's "Default" rule and so wins over it.
        builder.Logging.AddFilter(category: null, LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, ProcessLifetime>();
        return builder;
    }

    /// <summary>The Discord bot over the gateway: slash commands and free-text answers over the knowledge base.</summary>
    public static TBuilder AddDiscordGateway<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IMessageHandler, FreeTextMessageHandler>();
        AddSlashCommands(services, builder.Configuration);
        services.AddAnswerComponents(builder.Configuration);

        // The privileged Message Content intent is asked for only while free-text answering is on.
        var freeTextEnabled = builder.Configuration.GetValue($"{FreeTextOptions.Section}:{nameof(FreeTextOptions.Enabled)}", true);
        services.AddDiscordBot(builder.Configuration.GetSection(DiscordOptions.SectionName), o =>
        {
            o.MessageContentIntent = freeTextEnabled;
            o.MessageContentIntentSetting = $"{FreeTextOptions.Section}:{nameof(FreeTextOptions.Enabled)}";
            o.ProjectUrl = ProjectUrl;
        });
        services.AddHealthChecks().AddCheck<Http.DiscordGatewayHealthCheck>("discord-gateway", tags: [Http.HttpSurface.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// The Discord bot over HTTP: slash commands arrive at <c>POST /interactions</c>; no gateway, so free text is off
    /// and replicas can scale out.
    /// </summary>
    public static TBuilder AddDiscordHttp<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddSlashCommands(builder.Services, builder.Configuration);
        builder.Services.AddAnswerComponents(builder.Configuration);
        builder.Services.AddDiscordHttpInteractions(builder.Configuration.GetSection(DiscordOptions.SectionName), o => o.ProjectUrl = ProjectUrl);
        return builder;
    }

    /// <summary>Metrics of the answers, the reloads of the sources and the Discord layer, for Prometheus at <c>/metrics</c>.</summary>
    public static TBuilder AddTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("montenegro-bot"))
            .WithMetrics(metrics => metrics
                .AddMeter(AnswerMetrics.MeterName, KnowledgeMetrics.MeterName, DiscordMetrics.MeterName, AnswerFeedbackMetrics.MeterName)
                .AddPrometheusExporter());
        return builder;
    }

    private static void AddSlashCommands(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotCommands(configuration);
        services.AddPollCharts(configuration);
        services.AddSingleton<AnswerReplies>();
        services.AddSingleton<IApplicationCommandSource, BotApplicationCommands>();
        services.AddSingleton<IInteractionHandler, BotInteractionHandler>();
    }
}
