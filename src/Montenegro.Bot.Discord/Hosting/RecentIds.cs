namespace Montenegro.Bot.Discord.Hosting;

/// <summary>Remembers the most recent ids (bounded) to answer repeated deliveries only once.</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<ulong> _set = [];
    private readonly Queue<ulong> _order = new();
    private readonly Lock _gate = new();

    /// <summary>Adds the id; false when it was seen recently.</summary>
    public bool TryAdd(ulong id)
    {
        lock (_gate)
        {
            if (!_set.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _set.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
