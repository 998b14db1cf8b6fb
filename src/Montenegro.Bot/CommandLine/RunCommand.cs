using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Chat;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// Running the bot with no command: with Discord settings it serves (see <see cref="ServeCommand"/>);
/// without them it opens the console chat, so a newcomer can try the bot at once.
/// </summary>
public static class RunCommand
{
    /// <summary>Runs the bot with configuration from <paramref name="hostArgs"/>, the environment and appsettings.json.</summary>
    public static async Task<int> RunAsync(string[] hostArgs, TextReader input, TextWriter output, TextWriter error)
    {
        var configuration = BotConfiguration.Read(hostArgs);
        if (BotHost.HasDiscordToken(configuration) || BotHost.HasDiscordPublicKey(configuration))
        {
            return await ServeCommand.RunAsync(hostArgs, error);
        }

        using var host = BotHost.CreateBuilder(hostArgs).QuietConsole().Build();
        try
        {
            await host.StartAsync();
        }
        catch (OptionsValidationException e)
        {
            await error.WriteLineAsync($"Invalid settings: {string.Join(" ", e.Failures)}");
            return BotCommandLine.UsageExitCode;
        }

        try
        {
            var engine = await host.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None);
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            await ConsoleChat.RunAsync(new CommandRouter(engine), input, output, ansi: !Console.IsOutputRedirected, lifetime.ApplicationStopping);
            return 0;
        }
        catch (KnowledgeLoadException e)
        {
            await error.WriteLineAsync($"Cannot load the bot's sources: {e.Message}");
            return KnowledgeLoaderWorker.LoadFailureExitCode;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
