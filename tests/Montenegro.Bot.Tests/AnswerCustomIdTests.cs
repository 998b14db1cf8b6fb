using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge.Frames;

namespace Montenegro.Bot.Tests;

/// <summary>What the buttons' ids and the answer's footer carry is enough for any replica to give the same answer again.</summary>
[Collection(EngineCollection.Name)]
public sealed class AnswerCustomIdTests(EngineFixture fixture)
{
    [Theory]
    [InlineData("When did Russia recognise Montenegro?")]
    [InlineData("What did the polls on NATO membership show?")]
    [InlineData("How did support for NATO membership change over time?")]
    [InlineData("Kada je Rusija priznala Crnu Goru?")]
    [InlineData("What is the capital of Peru?")]
    public void Asking_an_answers_carried_question_again_gives_the_same_answer(string question)
    {
        var answer = fixture.Engine.Ask(question);
        var reference = AnswerReference.Of(answer)!;

        var again = reference.Regenerate(fixture.Engine);

        Assert.Equal(answer.Text, again.Text);
        Assert.Equal(reference.HashOf(answer), reference.HashOf(again));
    }

    [Fact]
    public void A_follow_up_is_carried_with_its_context_filled_in()
    {
        var first = fixture.Engine.Ask("When did the UK recognise Montenegro?");
        var followUp = fixture.Engine.Ask("and Russia?", Conversation.Empty.With(first.Turn!));

        var again = AnswerReference.Of(followUp)!.Regenerate(fixture.Engine);

        Assert.Contains("Russia", AnswerReference.Of(followUp)!.Question, StringComparison.Ordinal);
        Assert.Equal(followUp.Text, again.Text);
    }

    [Fact]
    public void The_nato_timeline_is_carried_as_itself_and_paged()
    {
        var timeline = fixture.Engine.NatoTimeline();
        var reference = AnswerReference.Of(timeline);

        Assert.Same(AnswerReference.NatoTimeline, reference);
        Assert.Equal(timeline.Text, reference!.Regenerate(fixture.Engine).Text);
        Assert.True(AnswerPages.Count(timeline.Text) > 1);
        Assert.Contains(AnswerComponents.For(timeline).SelectMany(r => r.Components), c => c.CustomId?.StartsWith(AnswerCustomId.PagePrefix, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Every_page_together_holds_the_whole_answer()
    {
        var timeline = fixture.Engine.NatoTimeline();

        var pages = AnswerPages.Of(timeline.Text);

        Assert.Equal(timeline.Text.Replace("\n", "", StringComparison.Ordinal), string.Concat(pages).Replace("\n", "", StringComparison.Ordinal));
        Assert.All(pages, p => Assert.True(p.Split('\n').Length <= AnswerPages.MaxLines));
    }

    [Fact]
    public void A_question_too_long_for_an_id_is_read_from_the_footer_of_the_message_the_button_is_on()
    {
        var question = "When did Russia recognise Montenegro, " + new string('x', 120) + "?";
        var reference = new AnswerReference(question);
        var id = AnswerCustomId.Sources(reference, "abcd");
        var message = new DiscordMessage
        {
            Id = 1,
            ChannelId = 2,
            Embeds = [AnswerEmbedRenderer.Render(fixture.Engine.Ask(question))],
        };

        Assert.True(id.Length <= ComponentLimits.MaxCustomIdLength);
        Assert.True(AnswerCustomId.TryReadSources(id, message, out var hash, out var read));
        Assert.Equal("abcd", hash);
        Assert.Equal(AnswerReference.Of(fixture.Engine.Ask(question)), read);
    }

    [Fact]
    public void Every_id_on_every_kind_of_answer_fits_in_discords_100_characters()
    {
        var answers = new[]
        {
            fixture.Engine.Ask("When did Russia recognise Montenegro?"),
            fixture.Engine.Ask("What did the polls by CEDEM in 2016 on NATO membership show?"),
            fixture.Engine.Ask("What is the capital of Peru and why is the sky blue and how far away is the moon from the earth?"),
            fixture.Engine.NatoTimeline(),
        };

        foreach (var answer in answers)
        {
            for (var page = 0; page < AnswerPages.Count(answer.Text); page++)
            {
                var rows = AnswerComponents.For(answer, page);
                Assert.All(rows.SelectMany(r => r.Components), c => Assert.InRange(c.CustomId?.Length ?? 1, 1, ComponentLimits.MaxCustomIdLength));
            }
        }
    }

    [Fact]
    public void Forged_feedback_intents_become_one_other_tag()
    {
        Assert.Equal("poll", AnswerFeedbackMetrics.IntentTag("poll"));
        Assert.Equal("other", AnswerFeedbackMetrics.IntentTag("zzz-" + Guid.NewGuid()));
    }
}
