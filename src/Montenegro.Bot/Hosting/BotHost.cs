using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Hosting;

/// <summary>Builds the generic host for each way the bot runs.</summary>
public static class BotHost
{
    /// <summary>
    /// A host for one-shot commands (<c>ask</c>): the knowledge base only, logs to standard error at
    /// warning level so standard output carries nothing but answers.
    /// </summary>
    public static IHost BuildForCommand(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, DisableDefaults = false });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // The command reports start-up failures itself, in one line and without a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.AddKnowledge(builder.Configuration);
        return builder.Build();
    }
}
