using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Montenegro.Bot.Discord.Components;

namespace Montenegro.Bot.Tests;

/// <summary>
/// What a member whose Discord is set to Croatian (<c>hr</c>, the nearest locale to Montenegrin) sees when a command has
/// no language of its own: the answer, its card and its buttons in Montenegrin. Against the real bot and the fake Discord.
/// </summary>
public sealed partial class MontenegrinClientTests(AnswersUiBot bot) : IClassFixture<AnswersUiBot>
{
    private const string Croatian = "hr";

    private static JsonNode Embed(JsonNode body) => body["embeds"]![0]!;

    private static string Text(JsonNode body, string field) => Embed(body)[field]!.GetValue<string>();

    private static string Footer(JsonNode body) => Embed(body)["footer"]!["text"]!.GetValue<string>();

    private static IEnumerable<string> Labels(JsonNode body) =>
        AnswersUiBot.Components(body).Select(c => c["label"]?.GetValue<string>()).OfType<string>();

    [Fact]
    public async Task Bare_nato_is_the_timeline_in_montenegrin_with_montenegrin_dates_and_buttons()
    {
        var body = AnswersUiBot.Body(await bot.SlashAsync("nato", Croatian));

        Assert.Equal("Put Crne Gore u NATO", Text(body, "title"));
        var description = Text(body, "description");
        Assert.StartsWith("Put Crne Gore u NATO, kako ga datiraju moji izvori", description, StringComparison.Ordinal);
        Assert.Matches(MontenegrinDate(), description);
        Assert.DoesNotMatch(EnglishMonth(), description);
        Assert.StartsWith("Strana 1/", Footer(body), StringComparison.Ordinal);
        Assert.Contains(Labels(body), l => l.StartsWith("Još ▸", StringComparison.Ordinal));
        Assert.Contains("Korisno", Labels(body));
    }

    [Fact]
    public async Task More_on_the_montenegrin_timeline_turns_the_page_in_montenegrin()
    {
        var answer = bot.SentSlash(await bot.SlashAsync("nato", Croatian));
        var first = Text(answer, "description");

        // Whoever clicks, the shared message stays in the language it was written in.
        var callback = await bot.ClickAsync(answer, AnswerCustomId.PagePrefix, locale: "en-US");

        Assert.Equal(7, callback.Json!["type"]!.GetValue<int>());
        var page = callback.Json["data"]!;
        Assert.NotEqual(first, Text(page, "description"));
        Assert.Matches(MontenegrinDate(), Text(page, "description"));
        Assert.DoesNotMatch(EnglishMonth(), Text(page, "description"));
        Assert.StartsWith("Strana 2/", Footer(page), StringComparison.Ordinal);
        Assert.Contains(Labels(page), l => l.StartsWith("◂ Nazad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bare_sources_lists_the_documents_in_montenegrin()
    {
        var body = AnswersUiBot.Body(await bot.SlashAsync("sources", Croatian));

        Assert.Equal("Moji izvori", Text(body, "title"));
        Assert.StartsWith("Odgovaram samo iz ovih dokumenata", Text(body, "description"), StringComparison.Ordinal);
        Assert.Contains(Embed(body)["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "Odlomci");
    }

    [Fact]
    public async Task Bare_help_poll_and_recognition_answer_in_montenegrin()
    {
        var help = AnswersUiBot.Body(await bot.SlashAsync("help", Croatian));
        var poll = AnswersUiBot.Body(await bot.SlashAsync("poll", Croatian));
        var recognition = AnswersUiBot.Body(await bot.SlashAsync("recognition", Croatian));

        Assert.Equal("Šta mogu", Text(help, "title"));
        Assert.Contains("moji izvori", Text(poll, "description"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Odgovor iz navedenih izvora", Footer(poll), StringComparison.Ordinal);
        Assert.Contains("je priznala Crnu Goru", Text(recognition, "description"), StringComparison.Ordinal);
        Assert.Contains("Izvori", Labels(recognition));
    }

    [Fact]
    public async Task A_milestone_is_answered_in_montenegrin_and_its_sources_button_still_finds_the_answer()
    {
        var reply = await bot.SlashAsync("nato", Croatian, ("milestone", "Membership"));
        var body = AnswersUiBot.Body(reply);
        Assert.Matches(MontenegrinDate(), Text(body, "description"));

        var sources = await bot.ClickAsync(bot.SentSlash(reply), AnswerCustomId.SourcesPrefix, locale: Croatian);

        Assert.Equal(4, sources.Json!["type"]!.GetValue<int>());
        Assert.Equal("Izvori ovog odgovora", Text(sources.Json["data"]!, "title"));
    }

    [Fact]
    public async Task The_same_bare_command_from_an_english_client_stays_english()
    {
        var body = AnswersUiBot.Body(await bot.SlashAsync("nato", "en-GB"));

        Assert.Equal("Montenegro's road into NATO", Text(body, "title"));
        Assert.StartsWith("Page 1/", Footer(body), StringComparison.Ordinal);
        Assert.Contains(Labels(body), l => l.StartsWith("More ▸", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_note_on_a_click_speaks_the_clickers_language()
    {
        var answer = bot.Sent(await bot.AskAsync("When did Russia recognise Montenegro?"));

        var stale = await bot.ClickIdAsync(answer, AnswerCustomId.SourcesPrefix + "AAAA:qWhen did Russia recognise Montenegro?", locale: Croatian);

        Assert.Contains("zastario", stale.Json!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    // "5. jun 2017.", "jun 2003.": a date as Montenegrin answers write it.
    [GeneratedRegex(@"\b(januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|novembar|decembar) \d{4}\.")]
    private static partial Regex MontenegrinDate();

    // A milestone dated the English way ("• June 2003: …"); the sources' own names of milestones may name a month.
    [GeneratedRegex(@"•\s(\d{1,2}\s)?(January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex EnglishMonth();
}
