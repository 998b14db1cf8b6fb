namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>People asked about by their role and the state whose office they hold ("which Montenegrin defence minister").</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PeopleByRoleTests(KnowledgeFixture fixture)
{
    [Fact]
    public void A_state_adjective_before_a_role_finds_the_holder_written_with_the_states_noun()
    {
        var answer = fixture.Engine.Ask("Which Montenegrin defence minister promised in late 2007 to step up the NATO bid after the Bucharest summit?");

        Assert.True(answer.Answered);
        Assert.Contains("Vučinić", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Montenegrin_role_holder_is_found_where_the_source_leaves_the_state_unsaid()
    {
        var answer = fixture.Engine.Ask("Which Montenegrin foreign minister received the Canadian letter?");

        Assert.True(answer.Answered);
        Assert.Contains("Vlahović", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Holders_named_in_parentheses_after_their_state_are_given_for_a_role_said_once_for_several_states()
    {
        var answer = fixture.Engine.Ask("Name the Slovenian foreign and defence ministers who signed the 2014 letter.");

        Assert.True(answer.Answered);
        Assert.Contains("Erjavec", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Jakič", answer.Text, StringComparison.Ordinal);
    }
}
