using Microsoft.Extensions.Hosting;

namespace Montenegro.Bot.Hosting;

/// <summary>
/// The lifetime of a console tool: the host takes no signals, so Ctrl-C ends <c>ask</c> or the chat at once instead of
/// waiting for the next line of input (the default console lifetime would only ask the host to stop).
/// </summary>
internal sealed class ProcessLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
