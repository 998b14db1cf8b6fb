using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Tests.Charts;
using Moq;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>The bot's slash-command handler: who sees an answer, its language, the message command and the poll chart.</summary>
[Collection(EngineCollection.Name)]
public sealed class CommandHandlerTests(EngineFixture fixture)
{
    private BotInteractionHandler Handler(bool publicAnswers = true, PollChartService? charts = null) => new(
        fixture.State,
        CommandCatalog.BuiltIn,
        new AnswerReplies(charts),
        Options.Create(new AnswerVisibilityOptions { PublicAnswers = publicAnswers }));

    private static PollChartService Charts(IPollChartRenderer renderer, TimeProvider? time = null) =>
        new(renderer, time ?? TimeProvider.System, NullLogger<PollChartService>.Instance, Options.Create(new ChartOptions()));

    [Fact]
    public async Task Private_true_makes_the_answer_and_its_deferral_private()
    {
        var interaction = InteractionCalls.Slash("recognition", null, ("country", "Russia"), ("private", "true"));
        var handler = Handler();

        var reply = await handler.HandleCommandAsync(interaction, CancellationToken.None);

        Assert.True(handler.IsEphemeral(interaction));
        Assert.True(reply.Ephemeral);
        Assert.Contains("11 June 2006", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slash_answer_carries_the_answer_buttons()
    {
        var reply = await Handler().HandleCommandAsync(InteractionCalls.Slash("ask", null, ("question", "When did Montenegro join NATO?")), CancellationToken.None);

        Assert.NotEmpty(reply.Components);
        Assert.Contains("5 June 2017", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_is_public_by_default()
    {
        var interaction = InteractionCalls.Slash("recognition", null, ("country", "Russia"));

        var reply = await Handler().HandleCommandAsync(interaction, CancellationToken.None);

        Assert.False(Handler().IsEphemeral(interaction));
        Assert.False(reply.Ephemeral);
    }

    [Theory]
    [InlineData("help", "x", "y")]
    [InlineData("poll", "firm", "Gallup")]
    [InlineData("relations", "country", "")]
    [InlineData("ask", "question", "What is the capital of Peru?")]
    public async Task Help_errors_and_declines_are_private_unless_asked_otherwise(string command, string option, string value)
    {
        var quiet = await Handler().HandleCommandAsync(InteractionCalls.Slash(command, null, (option, value)), CancellationToken.None);
        var shared = await Handler().HandleCommandAsync(InteractionCalls.Slash(command, null, (option, value), ("private", "false")), CancellationToken.None);

        Assert.True(quiet.Ephemeral);
        Assert.False(shared.Ephemeral);
    }

    [Fact]
    public async Task With_public_answers_off_answers_are_private_unless_asked_otherwise()
    {
        var handler = Handler(publicAnswers: false);
        var asked = InteractionCalls.Slash("nato", null);
        var shared = InteractionCalls.Slash("nato", null, ("private", "false"));

        Assert.True(handler.IsEphemeral(asked));
        Assert.True((await handler.HandleCommandAsync(asked, CancellationToken.None)).Ephemeral);
        Assert.False(handler.IsEphemeral(shared));
        Assert.False((await handler.HandleCommandAsync(shared, CancellationToken.None)).Ephemeral);
    }

    [Fact]
    public async Task A_bare_command_follows_a_croatian_client_into_montenegrin()
    {
        var reply = await Handler().HandleCommandAsync(InteractionCalls.Slash("recognition", "hr"), CancellationToken.None);

        Assert.Contains("Rusija je priznala Crnu Goru 11. jun 2006.", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_keeps_its_own_language_whatever_the_client()
    {
        var english = await Handler().HandleCommandAsync(InteractionCalls.Slash("ask", "hr", ("question", "When did China recognise Montenegro?")), CancellationToken.None);
        var montenegrin = await Handler().HandleCommandAsync(InteractionCalls.Slash("ask", "en-US", ("question", "Kada je Kina priznala Crnu Goru?")), CancellationToken.None);

        Assert.Contains("People's Republic of China recognised", english.Embeds[0].Description, StringComparison.Ordinal);
        Assert.StartsWith("Kina je priznala Crnu Goru 14. jun 2006.", montenegrin.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_about_this_message_answers_the_message_as_a_question()
    {
        var reply = await Handler().HandleCommandAsync(InteractionCalls.OnMessage("<@123> when did the UK recognise Montenegro?"), CancellationToken.None);

        Assert.False(reply.Ephemeral);
        Assert.Contains("13 June", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<@123>")]
    public async Task Ask_about_a_message_without_text_gets_a_private_note(string content)
    {
        var reply = await Handler().HandleCommandAsync(InteractionCalls.OnMessage(content), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains("no text I can read as a question", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poll_answer_carries_its_chart_in_the_same_message_as_its_embed()
    {
        var reply = await Handler(charts: Charts(new PollChartRenderer())).HandleCommandAsync(InteractionCalls.Slash("poll", null, ("firm", "CEDEM")), CancellationToken.None);

        var file = Assert.Single(reply.Attachments);
        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("attachment://" + file.FileName, embed.ImageUrl);
        Assert.Equal("image/png", file.ContentType);
        var (width, _) = Png.Size(file.Content.ToArray());
        Assert.True(width >= 600, $"{width} px wide");
        Assert.Contains("CEDEM", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poll_answer_goes_out_without_its_chart_when_drawing_fails()
    {
        var renderer = new Mock<IPollChartRenderer>();
        renderer.Setup(r => r.Render(It.IsAny<PollChartData>())).Throws(new ChartFontException("No font for charts."));

        var reply = await Handler(charts: Charts(renderer.Object)).HandleCommandAsync(InteractionCalls.Slash("poll", null, ("year", "2016")), CancellationToken.None);

        Assert.Empty(reply.Attachments);
        Assert.Null(reply.Embeds[0].ImageUrl);
        Assert.Contains("54.6", reply.Embeds[0].Description, StringComparison.Ordinal);
        renderer.Verify(r => r.Render(It.IsAny<PollChartData>()), Times.Once);
    }

    [Fact]
    public async Task A_poll_answer_goes_out_without_a_chart_that_is_late()
    {
        var time = new FakeTimeProvider();
        var renderer = new GatedRenderer();
        var answering = Handler(charts: Charts(renderer, time)).HandleCommandAsync(InteractionCalls.Slash("poll", null, ("firm", "NSPM")), CancellationToken.None);
        await renderer.Started;

        // The chart's time budget runs out while it is still being drawn.
        await FakeDiscord.WaitUntilAsync(() => answering.IsCompleted, eachPoll: () => time.Advance(TimeSpan.FromSeconds(1)), because: "the answer without its chart");
        var reply = await answering;
        renderer.Release();

        Assert.Empty(reply.Attachments);
        Assert.Contains("NSPM", reply.Embeds[0].Description, StringComparison.Ordinal);
    }
}
