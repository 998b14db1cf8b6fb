namespace Montenegro.Bot.Discord.Hosting;

/// <summary>Remembers the most recent ids (bounded) to answer repeated deliveries only once.</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<ulong> set = [];
    private readonly Queue<ulong> order = new();
    private readonly Lock gate = new();

    /// <summary>Adds the id; false when it was seen recently.</summary>
    public bool TryAdd(ulong id)
    {
        lock (gate)
        {
            if (!set.Add(id))
            {
                return false;
            }

            order.Enqueue(id);
            if (order.Count > capacity)
            {
                set.Remove(order.Dequeue());
            }

            return true;
        }
    }
}
