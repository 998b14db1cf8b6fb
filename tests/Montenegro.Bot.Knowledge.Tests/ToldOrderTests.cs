using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>
/// Two events the sources do not both date are ordered by the way one passage tells them, when the later told says it came
/// after ("subsequently"); and a trend asked as "strengthen or weaken" of two polls gets the direction.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ToldOrderTests(KnowledgeFixture fixture)
{
    // The mission opened "soon after" independence; the country "subsequently" joined PfP at the Riga summit. Asked with PfP
    // named first, the verdict is still the mission.
    [Fact]
    public void Which_came_first_of_an_undated_event_and_a_later_told_one_is_the_one_told_first()
    {
        var answer = fixture.Engine.Ask("Which was earlier: Montenegro joining the Partnership for Peace, or it opening a Permanent Mission to NATO?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("came first", answer.Text, StringComparison.Ordinal);
        Assert.Contains("subsequently", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Permanent Mission", answer.Text, StringComparison.Ordinal);
    }

    // Two dated events are still ordered by their dates, not by the telling.
    [Fact]
    public void Which_came_first_of_two_dated_events_still_goes_by_their_dates()
    {
        var answer = fixture.Engine.Ask("Which came first, Partnership for Peace or the Individual Partnership Action Plan?");

        Assert.True(answer.Answered, answer.Text);
        Assert.DoesNotContain("subsequently\"", answer.Text, StringComparison.Ordinal);
        Assert.Contains("June 2008", answer.Text, StringComparison.Ordinal);
    }

    // "Strengthen or weaken" asks for the direction between the two polls compared.
    [Fact]
    public void Did_support_strengthen_or_weaken_between_two_compared_polls_gives_the_direction()
    {
        var answer = fixture.Engine.Ask("Comparing the March 2014 poll with the October 2014 poll, did backing for membership strengthen or weaken?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("fell", answer.Text, StringComparison.Ordinal);
        Assert.Contains("43.75", answer.Text, StringComparison.Ordinal);
    }
}
