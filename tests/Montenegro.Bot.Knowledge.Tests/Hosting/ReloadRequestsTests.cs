using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Knowledge.Tests.Hosting;

/// <summary>Changes during a rebuild make exactly one more rebuild, however many there were.</summary>
public sealed class ReloadRequestsTests
{
    [Fact]
    public async Task Changes_during_a_rebuild_coalesce_into_one_more_rebuild()
    {
        var requests = new ReloadRequests();
        requests.Request();
        await requests.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // The rebuild runs; three changes come in meanwhile.
        requests.Request();
        requests.Request();
        requests.Request();
        var oneMore = requests.TryTake();
        var another = requests.TryTake();

        Assert.True(oneMore);
        Assert.False(another);
    }

    [Fact]
    public async Task A_change_after_the_queued_rebuild_started_queues_another()
    {
        var requests = new ReloadRequests();
        requests.Request();
        await requests.WaitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        requests.Request();
        var waiting = requests.WaitAsync(CancellationToken.None);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(requests.TryTake());
        requests.Request();
        Assert.True(requests.TryTake());
    }
}
