using System.Text.Json;
using Montenegro.Bot.CommandLine;

namespace Montenegro.Bot.Tests;

/// <summary>The command line in process: usage, help and the ask modes, with standard input and output captured.</summary>
public sealed class CommandLineTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(string? piped, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new BotConsole(new StringReader(piped ?? string.Empty), output, error, InputIsTerminal: piped is null, OutputIsTerminal: false);
        var exit = await BotCommandLine.RunAsync(args, console);
        return (exit, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("ask", "--help")]
    [InlineData("ask", "-h")]
    [InlineData("serve", "--help")]
    [InlineData("serve", "-h")]
    [InlineData("healthcheck", "--help")]
    [InlineData("healthcheck", "-h")]
    public async Task Help_is_printed_for_every_command_and_nothing_runs(params string[] args)
    {
        var (exit, output, error) = await RunAsync(null, args);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("--help", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_help_names_its_options()
    {
        var (_, output, _) = await RunAsync(null, "ask", "--help");

        Assert.Contains("--json", output, StringComparison.Ordinal);
        Assert.Contains("--conversation", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask", "--foo", "When did Montenegro join NATO?")]
    [InlineData("ask", "-x", "q")]
    [InlineData("ask", "--json=maybe", "q")]
    [InlineData("frobnicate")]
    [InlineData("serve", "--port", "8080")]
    [InlineData("healthcheck", "now")]
    [InlineData("--foo")]
    public async Task Bad_usage_is_one_line_on_standard_error_and_exit_2(params string[] args)
    {
        var (exit, output, error) = await RunAsync(null, args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(Lines(error));
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_without_a_question_at_a_terminal_exits_2()
    {
        var (exit, output, error) = await RunAsync(null, "ask");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(AskCommand.NoQuestionMessage, error.Trim());
    }

    [Fact]
    public async Task Ask_with_empty_piped_input_exits_2()
    {
        var (exit, output, error) = await RunAsync(string.Empty, "ask", "--json");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(AskCommand.NoQuestionMessage, error.Trim());
    }

    [Theory]
    [InlineData("--json=true")]
    [InlineData("--json:true")]
    [InlineData("--json")]
    public async Task Ask_json_in_any_spelling_prints_json(string flag)
    {
        var (exit, output, _) = await RunAsync(null, "ask", flag, "When did Montenegro join NATO?");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(Assert.Single(Lines(output)));
        Assert.Equal("When did Montenegro join NATO?", json.RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task A_question_that_starts_with_a_dash_follows_a_double_dash()
    {
        var (exit, output, _) = await RunAsync(null, "ask", "--json", "--", "-when did Montenegro join NATO?");

        Assert.Equal(0, exit);
        Assert.Contains("5 June 2017", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_answers_pair_one_to_one_with_lf_lines_whatever_crs_and_separators_they_hold()
    {
        const string input = "When did Russia\rrecognise Montenegro?\r\nWhen did\u2028Montenegro join NATO?\n\nJune ٣\n";

        var (exit, output, _) = await RunAsync(input, "ask", "--json");

        Assert.Equal(0, exit);
        var answers = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, answers.Count);
        Assert.Equal("When did Russia recognise Montenegro?", answers[0].GetProperty("question").GetString());
        Assert.Contains("11 June 2006", answers[0].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("5 June 2017", answers[1].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal("empty question", answers[2].GetProperty("error").GetString());
        Assert.Equal("June ٣", answers[3].GetProperty("question").GetString());
    }

    [Fact]
    public async Task Conversation_mode_answers_each_question_and_an_empty_line_prints_nothing()
    {
        const string input = "When did Russia recognise Montenegro?\n\nWhen did Montenegro join NATO?\n";

        var (exit, output, error) = await RunAsync(input, "ask", "--json", "--conversation");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var answers = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, answers.Count);
        Assert.Contains("11 June 2006", answers[0].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("5 June 2017", answers[1].GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_mode_answers_a_follow_up_from_the_line_before()
    {
        var (exit, output, _) = await RunAsync("When did Russia recognise Montenegro?\nAnd China?\n", "ask", "--json", "--conversation");

        Assert.Equal(0, exit);
        var answers = Lines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, answers.Count);
        Assert.Contains("14 June", answers[1].GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conversation_mode_also_prints_plain_text()
    {
        var (exit, output, _) = await RunAsync("When did Montenegro join NATO?\n", "ask", "--conversation");

        Assert.Equal(0, exit);
        Assert.StartsWith("Montenegro joined NATO on 5 June 2017", output, StringComparison.Ordinal);
    }
}
