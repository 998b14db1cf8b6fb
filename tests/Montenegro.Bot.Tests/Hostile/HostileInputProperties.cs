using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Rendering;

namespace Montenegro.Bot.Tests.Hostile;

/// <summary>
/// No input crashes anything: hostile text (see <see cref="HostileText"/>) through the engine, the command router as
/// the console types commands, and the JSON writer. The engine's and the router's own guards would turn a crash into
/// <see cref="AnswerEngine.SomethingWentWrong"/>, so the properties also require that the guard was never needed.
/// 10,200 cases in all (about 17 s of one core with the engine of this writing).
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class HostileInputProperties(EngineFixture fixture)
{
    private const int Cases = 3400;

    // What Python's str.splitlines() and .NET readers take for a line end: none may appear inside one JSON line.
    private static readonly char[] LineBreaks = ['\n', '\r', '\v', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029'];

    private static readonly string[] CommandNames = ["ask", "recognition", "nato", "poll", "relations", "search", "sources", "help", "quit", "POLL", "p0ll", "x"];

    // Search is reached through the router's /search.
    [Property(MaxTest = Cases, EndSize = 25, Arbitrary = [typeof(HostileText)])]
    public void The_engine_answers_any_text_without_falling_back_on_its_guard(HostileLine line)
    {
        var answer = fixture.Engine.Ask(line.Text);

        Assert.NotSame(AnswerEngine.SomethingWentWrong, answer);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Property(MaxTest = Cases, EndSize = 25, Arbitrary = [typeof(HostileText)])]
    public void Every_console_command_takes_any_words_without_falling_back_on_its_guard(HostileLine line, int pick)
    {
        var typed = $"/{CommandNames[(int)((uint)pick % CommandNames.Length)]} {line.Text}";
        Assert.True(CommandLineParser.TryParse(typed, out var command, out var options));

        var answer = fixture.Router.Run(command, options);

        Assert.NotSame(AnswerEngine.SomethingWentWrong, answer);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Property(MaxTest = Cases, EndSize = 25, Arbitrary = [typeof(HostileText)])]
    public void The_json_writer_gives_one_line_of_valid_json_for_any_question_and_answer(HostileLine question, HostileLine content)
    {
        var answer = new Answer(
            content.Text.Length % 2 == 0,
            content.Text,
            content.Text,
            content.Text,
            [new AnswerField(content.Text, question.Text)],
            [new AnswerSource(content.Text, question.Text, content.Text.Length % 3 == 0 ? null : content.Text, content.Text)],
            [content.Text]);

        var json = AnswerJsonWriter.Write(question.Text, answer, question.Text.Length % 5 == 0 ? content.Text : null);

        Assert.Equal(-1, json.IndexOfAny(LineBreaks));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(WellFormed(question.Text), document.RootElement.GetProperty("question").GetString());
        Assert.Equal(WellFormed(answer.ToPlainText()), document.RootElement.GetProperty("answer").GetString());
    }

    [Fact]
    public void Digits_of_every_script_are_read_as_words_not_numbers()
    {
        Assert.True(HostileText.AllDigits.Length > 600, $"only {HostileText.AllDigits.Length} digits");
        foreach (var digit in HostileText.AllDigits)
        {
            foreach (var text in new[] { $"June {digit}", $"{digit}{digit} June", $"{digit}{digit}{digit}{digit}", $"/poll CEDEM {digit}{digit}{digit}{digit}" })
            {
                Assert.NotSame(AnswerEngine.SomethingWentWrong, fixture.Engine.Ask(text));
            }
        }
    }

    // What a JSON reader gets back for a string with lone surrogates: each one replaced.
    private static string WellFormed(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text, i++, 2);
            }
            else
            {
                sb.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return sb.ToString();
    }
}
