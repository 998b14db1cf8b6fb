using System.Threading.Channels;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// Reloads asked for and not yet started, at most one: a change during a rebuild queues one more rebuild after it,
/// and further changes meanwhile find that one already queued (it will see them all, since it reads the folder
/// when it starts).
/// </summary>
internal sealed class ReloadRequests
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Asks for a reload; does nothing when one is already waiting to start.</summary>
    public void Request() => _pending.Writer.TryWrite(true);

    /// <summary>Takes the waiting request, if any, without waiting.</summary>
    public bool TryTake() => _pending.Reader.TryRead(out _);

    /// <summary>Waits for the next request and takes it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) => await _pending.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
}
