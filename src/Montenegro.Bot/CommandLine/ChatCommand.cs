using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Chat;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.CommandLine;

/// <summary>
/// Running the bot with no command: with Discord settings it serves (see <see cref="ServeCommand"/>); without them it
/// opens the console chat, so a newcomer can try the bot at once.
/// </summary>
public static class ChatCommand
{
    /// <summary>Serves or chats, as the settings say.</summary>
    /// <param name="settings">Settings given as <c>--Section:Key=Value</c> arguments.</param>
    /// <param name="console">Where to read and write.</param>
    public static async Task<int> RunAsync(string[] settings, BotConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (BotSettings.DiscordTransportOf(BotConfiguration.Read(settings)) != DiscordTransport.None)
        {
            return await ServeCommand.RunAsync(settings, console);
        }

        return await HostRun.RunAsync(
            () => BotHost.CreateConsoleBuilder(settings).Build(),
            async host =>
            {
                var knowledge = host.Services.GetRequiredService<KnowledgeState>();
                var routers = new CurrentRouter(knowledge, await knowledge.WhenReadyAsync(CancellationToken.None), host.Services.GetRequiredService<ILogger<CommandRouter>>());
                var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
                try
                {
                    // Each line is answered by the latest engine: edits to the sources reach the chat without a restart.
                    await ConsoleChat.RunAsync(routers.Get, console.In, console.Out, ansi: console.OutputIsTerminal, stopping);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                }

                return ExitCodes.Done;
            },
            console.Error);
    }
}
