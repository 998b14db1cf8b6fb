using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Http;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Hosting;

/// <summary>Builds the generic host for each way the bot runs: one area per <c>AddXxx</c> call.</summary>
public static class BotHost
{
    /// <summary>Whether the configuration holds an application public key, i.e. whether to take interactions over HTTP.</summary>
    public static bool HasDiscordPublicKey(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:PublicKey"]);

    /// <summary>Whether the configuration holds a Discord token, i.e. whether to connect to Discord at all.</summary>
    public static bool HasDiscordToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"]);

    /// <summary>The builder every mode starts from: configuration from appsettings.json, the environment and --Key=Value arguments.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddBotDefaults();
        return builder;
    }

    /// <summary>What every mode has: the knowledge base, and start-up failures reported by the command.</summary>
    public static TBuilder AddBotDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddKnowledge(builder.Configuration);

        // Start-up failures (invalid settings, unloadable data) are reported by the command in one line
        // that names the setting or the file; the host's own report would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        // Leave time inside the usual 10 s stop grace period to finish replies in flight.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(9));
        return builder;
    }

    /// <summary>
    /// Interactive and one-shot modes (the console chat, <c>ask</c>): logs go to standard error at warning
    /// level, so standard output carries nothing but answers, and start-up failures are reported by the
    /// command itself, in one line.
    /// </summary>
    public static HostApplicationBuilder QuietConsole(this HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // A rule, not a minimum level: it comes after appsettings.json's "Default" rule and so wins over it.
        builder.Logging.AddFilter(category: null, LogLevel.Warning);
        return builder;
    }

    /// <summary>The Discord bot over the gateway: slash commands and free-text answers over the knowledge base.</summary>
    public static TBuilder AddDiscord<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<FreeTextOptions>().Bind(builder.Configuration.GetSection(FreeTextOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FreeTextOptions>, FreeTextOptionsValidator>();
        services.AddSingleton<IMessageHandler, FreeTextMessageHandler>();
        AddSlashCommands(services);

        // The privileged Message Content intent is asked for only while free-text answering is on.
        var freeTextEnabled = builder.Configuration.GetValue($"{FreeTextOptions.Section}:{nameof(FreeTextOptions.Enabled)}", true);
        services.AddDiscordBot(builder.Configuration.GetSection(DiscordOptions.SectionName), o =>
        {
            o.MessageContentIntent = freeTextEnabled;
            o.MessageContentIntentSetting = $"{FreeTextOptions.Section}:{nameof(FreeTextOptions.Enabled)}";
            o.ProjectUrl = ProjectUrl;
        });
        return builder;
    }

    /// <summary>
    /// The Discord bot over HTTP: slash commands arrive at <c>POST /interactions</c> (map it with
    /// <c>MapDiscordInteractions</c>); no gateway, so free text is off and replicas can scale out.
    /// </summary>
    public static TBuilder AddDiscordOverHttp<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        AddSlashCommands(builder.Services);
        builder.Services.AddDiscordHttpInteractions(builder.Configuration.GetSection(DiscordOptions.SectionName), o => o.ProjectUrl = ProjectUrl);
        return builder;
    }

    private const string ProjectUrl = "https://github.com/montenegro-bot/montenegro-bot";

    private static void AddSlashCommands(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IApplicationCommandSource, BotApplicationCommands>();
        services.AddSingleton<IInteractionHandler, BotInteractionHandler>();
    }
}
