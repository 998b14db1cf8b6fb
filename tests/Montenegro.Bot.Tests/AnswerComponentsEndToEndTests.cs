using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Tests;

/// <summary>Buttons and menus on answers, clicked as a member would, against the real bot and the fake Discord.</summary>
public sealed class AnswerComponentsEndToEndTests(AnswersUiBot bot) : IClassFixture<AnswersUiBot>
{
    private const int Ephemeral = 64;

    private static string Description(JsonNode? body) => body!["embeds"]![0]!["description"]!.GetValue<string>();

    [Fact]
    public async Task Sources_on_a_free_text_answer_lists_the_cited_passages_privately_with_links()
    {
        var answer = await bot.AskAsync("When did Russia recognise Montenegro?");

        var callback = await bot.ClickAsync(bot.Sent(answer), AnswerCustomId.SourcesPrefix);

        Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
        var data = callback.Json["data"]!;
        Assert.Equal(Ephemeral, data["flags"]!.GetValue<int>() & Ephemeral);
        var source = data["embeds"]![0]!["fields"]![0]!["value"]!.GetValue<string>();
        Assert.Contains("(https://en.wikipedia.org/wiki/Foreign_relations_of_Montenegro)", source, StringComparison.Ordinal);
        Assert.Contains("foreign-relations/lead/3", source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_turns_a_long_answer_to_its_next_page_in_the_same_message()
    {
        var answer = await bot.AskAsync("What did the polls on NATO membership show?");
        var first = Description(answer.Json);

        var callback = await bot.ClickAsync(bot.Sent(answer), AnswerCustomId.PagePrefix);

        Assert.Equal(7, callback.Json!["type"]!.GetValue<int>());
        var data = callback.Json["data"];
        Assert.NotEqual(first, Description(data));
        Assert.StartsWith("Page 2/", data!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(AnswersUiBot.Components(data), c => c["label"]?.GetValue<string>().StartsWith("◂ Back", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Helpful_is_counted_by_intent_in_the_metrics_and_thanked_privately()
    {
        using var metrics = new MetricsRecorder(AnswerFeedbackMetrics.MeterName, bot.Host.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var answer = await bot.AskAsync("When did Montenegro join NATO?");
        var helpful = AnswersUiBot.CustomId(answer.Json!, AnswerCustomId.FeedbackPrefix + "y");

        var callback = await bot.ClickIdAsync(bot.Sent(answer), helpful);
        await metrics.WaitForAsync(AnswerFeedbackMetrics.CounterName, "helpful");

        Assert.Equal(1, metrics.Total(AnswerFeedbackMetrics.CounterName, "helpful"));
        Assert.Equal(0, metrics.Total(AnswerFeedbackMetrics.CounterName, "not_helpful"));
        Assert.Equal(Ephemeral, callback.Json!["data"]!["flags"]!.GetValue<int>() & Ephemeral);
        Assert.Contains("Thanks", callback.Json["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_on_a_private_answer_greys_out_its_buttons_in_place()
    {
        var answer = await bot.AskAsync("When did Montenegro join NATO?");
        var notHelpful = AnswersUiBot.CustomId(answer.Json!, AnswerCustomId.FeedbackPrefix + "n");

        var callback = await bot.ClickIdAsync(bot.Sent(answer, flags: Ephemeral), notHelpful);

        Assert.Equal(7, callback.Json!["type"]!.GetValue<int>());
        var feedback = AnswersUiBot.Components(callback.Json["data"]!).Where(c => c["custom_id"]?.GetValue<string>().StartsWith(AnswerCustomId.FeedbackPrefix, StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, feedback.Count);
        Assert.All(feedback, c => Assert.True(c["disabled"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_stale_button_gets_a_polite_private_note()
    {
        var answer = bot.Sent(await bot.AskAsync("When did Russia recognise Montenegro?"));

        var stale = await bot.ClickIdAsync(answer, AnswerCustomId.SourcesPrefix + "AAAA:qWhen did Russia recognise Montenegro?");
        var garbled = await bot.ClickIdAsync(answer, AnswerCustomId.PagePrefix + "x:y");
        var oldVersion = await bot.ClickIdAsync(answer, "a0s:AAAA:qWhen did Russia recognise Montenegro?");

        foreach (var (callback, words) in new[] { (stale, "out of date"), (garbled, "couldn't read"), (oldVersion, "expired") })
        {
            Assert.Equal(4, callback.Json!["type"]!.GetValue<int>());
            Assert.Equal(Ephemeral, callback.Json["data"]!["flags"]!.GetValue<int>() & Ephemeral);
            Assert.Contains(words, callback.Json["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_trend_answer_carries_its_chart_in_the_same_message_as_the_embed_that_shows_it()
    {
        var answer = await bot.AskAsync("How did support for NATO membership change over time?");

        var image = answer.Json!["embeds"]![0]!["image"]!["url"]!.GetValue<string>();
        Assert.StartsWith("attachment://", image, StringComparison.Ordinal);
        Assert.Contains(answer.FileNames, f => f.EndsWith(":" + image["attachment://".Length..], StringComparison.Ordinal));
        var part = bot.Discord.FileParts.Single(p => p.Path == answer.Path);
        Assert.Equal("image/png", part.ContentType);
        Assert.True(part.Length > 10_000, $"a chart of {part.Length} bytes");
    }

    [Fact]
    public async Task Chart_adds_the_chart_to_the_poll_answer_in_place_and_retires_its_button()
    {
        var answer = await bot.AskAsync("What did the polls on NATO membership show?");

        var callback = await bot.ClickAsync(bot.Sent(answer), AnswerCustomId.ChartPrefix);

        Assert.Equal(7, callback.Json!["type"]!.GetValue<int>());
        var image = callback.Json["data"]!["embeds"]![0]!["image"]!["url"]!.GetValue<string>();
        Assert.Contains(callback.FileNames, f => f.EndsWith(":" + image["attachment://".Length..], StringComparison.Ordinal));
        Assert.DoesNotContain(AnswersUiBot.Components(callback.Json["data"]!), c => c["custom_id"]?.GetValue<string>().StartsWith(AnswerCustomId.ChartPrefix, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Picking_a_nearest_topic_on_a_decline_answers_it_in_place()
    {
        var decline = await bot.AskAsync("What is the capital of Peru?");
        var menu = AnswersUiBot.Components(decline.Json!).Single(c => c["type"]!.GetValue<int>() == 3);
        var topic = menu["options"]![0]!["value"]!.GetValue<string>();

        var callback = await bot.ChooseAsync(bot.Sent(decline), AnswerCustomId.TopicPrefix, topic);

        Assert.Equal(7, callback.Json!["type"]!.GetValue<int>());
        Assert.NotEqual(Description(decline.Json), Description(callback.Json["data"]));
    }
}
