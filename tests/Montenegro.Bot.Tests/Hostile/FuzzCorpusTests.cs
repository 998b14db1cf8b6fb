using System.Text.Json;
using Montenegro.Bot.Chat;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Tests.Hostile;

/// <summary>The real executable's <c>ask --json</c> batch over the fuzz corpus (tests/fuzz/hostile-lines.txt).</summary>
public sealed class FuzzCorpusTests
{
    [Fact]
    public async Task Ask_json_gives_exactly_one_object_per_hostile_line_and_exits_0()
    {
        var corpus = await File.ReadAllTextAsync(Path.Combine(BotProcess.RepositoryRoot(), "tests", "fuzz", "hostile-lines.txt"));
        var questions = InputLines.Split(corpus);

        var (exit, output, error) = await BotProcess.RunAsync(corpus, "ask", "--json");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Unhandled", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
        var answers = output.Split('\n');
        Assert.Equal(string.Empty, answers[^1]);
        Assert.Equal(questions.Count, answers.Length - 1);
        for (var i = 0; i < questions.Count; i++)
        {
            using var json = JsonDocument.Parse(answers[i]);
            Assert.Equal(questions[i], json.RootElement.GetProperty("question").GetString());
        }

        // The engine's guard would log to standard error, which is empty; and no answer is its apology.
        Assert.DoesNotContain(AnswerEngine.SomethingWentWrong.Text, output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corpus_has_the_lines_it_promises()
    {
        var corpus = File.ReadAllText(Path.Combine(BotProcess.RepositoryRoot(), "tests", "fuzz", "hostile-lines.txt"));

        foreach (var needle in new[] { "\r", "\u2028", "\0", "٣", "०", "๒", "𝟐", "99999999999999999999", "@everyone", "😀", "\u202e", "title:*" })
        {
            Assert.Contains(needle, corpus, StringComparison.Ordinal);
        }
    }
}
