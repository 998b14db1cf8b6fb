using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Http;

namespace Montenegro.Bot.Discord.Tests;

public sealed class InteractionReplayGuardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 17, 0, 0, TimeSpan.Zero);
    private static readonly long Window = (long)InteractionSignatureVerifier.MaxClockSkew.TotalSeconds;

    [Fact]
    public void An_id_is_remembered_for_exactly_as_long_as_its_signature_would_be_accepted()
    {
        var time = new FakeTimeProvider(Now);
        var guard = new InteractionReplayGuard(time);
        var signedAt = Now.ToUnixTimeSeconds();
        guard.Check(1, signedAt);

        time.Advance(TimeSpan.FromSeconds(Window));
        var atTheEdge = guard.Check(1, signedAt);
        time.Advance(TimeSpan.FromSeconds(1));
        var afterIt = guard.Check(1, signedAt);

        Assert.Equal(ReplayCheck.Replayed, atTheEdge);
        Assert.Equal(ReplayCheck.New, afterIt);
    }

    [Fact]
    public void A_redelivery_signed_later_is_remembered_until_its_own_window_ends()
    {
        var time = new FakeTimeProvider(Now);
        var guard = new InteractionReplayGuard(time);
        var first = Now.ToUnixTimeSeconds();
        guard.Check(1, first);
        time.Advance(TimeSpan.FromMinutes(2));
        var redelivery = guard.Check(1, first + 120);

        time.Advance(TimeSpan.FromMinutes(4));
        var replayOfTheRedelivery = guard.Check(1, first + 120);

        Assert.Equal(ReplayCheck.Replayed, redelivery);
        Assert.Equal(ReplayCheck.Replayed, replayOfTheRedelivery);
        Assert.Equal(1, guard.Count);
    }

    [Fact]
    public void Ten_thousand_ids_inside_the_window_are_all_remembered()
    {
        var guard = new InteractionReplayGuard(new FakeTimeProvider(Now));
        var signedAt = Now.ToUnixTimeSeconds();

        var accepted = Enumerable.Range(1, 10_001).Count(id => guard.Check((ulong)id, signedAt) == ReplayCheck.New);

        Assert.Equal(10_001, accepted);
        Assert.All(Enumerable.Range(1, 10_001), id => Assert.Equal(ReplayCheck.Replayed, guard.Check((ulong)id, signedAt)));
    }
}
