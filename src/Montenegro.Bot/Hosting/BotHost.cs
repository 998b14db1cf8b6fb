using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Montenegro.Bot.Http;

namespace Montenegro.Bot.Hosting;

/// <summary>
/// The composition root: every way the bot runs is built here, from one <c>AddXxx()</c> per concern. The console modes
/// (<c>ask</c>, the chat) get a plain host; <c>serve</c> a web host with the HTTP surface, telemetry and Discord as the
/// settings choose. Settings are checked in every mode before anything reads them.
/// </summary>
public static class BotHost
{
    /// <summary>The host for <c>ask</c> and the console chat: the knowledge base, no HTTP, no Discord connection.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments.</param>
    /// <exception cref="InvalidSettingsException">A setting does not convert to its type, or a settings file is not JSON.</exception>
    public static HostApplicationBuilder CreateConsoleBuilder(string[] settings)
    {
        var builder = BotConfiguration.Readable(() => Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = settings,
            ContentRootPath = AppContext.BaseDirectory,
        }));
        builder.AddBotDefaults();
        builder.AddConsoleModeLogging();
        return builder;
    }

    /// <summary>The host for <c>serve</c>: the knowledge base, the HTTP surface, telemetry, and Discord when configured.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments (tests pass <c>--Http:Port=0</c>).</param>
    /// <exception cref="InvalidSettingsException">A setting does not convert to its type, or a settings file is not JSON.</exception>
    public static WebApplicationBuilder CreateServiceBuilder(string[] settings)
    {
        var builder = BotConfiguration.Readable(() => WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = settings,
            ContentRootPath = AppContext.BaseDirectory,
        }));
        builder.AddBotDefaults();
        builder.AddHttpSurface();
        builder.AddTelemetry();
        switch (BotSettings.DiscordTransportOf(builder.Configuration))
        {
            case DiscordTransport.Gateway:
                builder.AddDiscordGateway();
                break;
            case DiscordTransport.HttpInteractions:
                builder.AddDiscordHttp();
                break;
        }

        return builder;
    }

    /// <summary>The <c>serve</c> app with its endpoints mapped, not yet started.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments.</param>
    /// <exception cref="InvalidSettingsException">A setting does not convert to its type, or a settings file is not JSON.</exception>
    public static WebApplication BuildService(string[] settings)
    {
        var app = CreateServiceBuilder(settings).Build();
        app.MapHttpSurface();
        return app;
    }
}
