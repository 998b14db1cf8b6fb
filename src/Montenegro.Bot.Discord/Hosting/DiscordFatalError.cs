namespace Montenegro.Bot.Discord.Hosting;

/// <summary>Carries the first fatal error (bad token, disallowed intent...) to the hosted service, which stops the host.</summary>
internal sealed class DiscordFatalError
{
    private readonly TaskCompletionSource<string> _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> Signalled => _signal.Task;

    public void Report(string message) => _signal.TrySetResult(message);
}
