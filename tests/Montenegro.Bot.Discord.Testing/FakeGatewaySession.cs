namespace Montenegro.Bot.Discord.Testing;

/// <summary>A gateway session as the fake keeps it: sequence counter and event log for replay on RESUME.</summary>
internal sealed class FakeGatewaySession(string id)
{
    public string Id { get; } = id;

    public long Sequence { get; set; }

    public List<(long Seq, string Json)> Events { get; } = [];
}
