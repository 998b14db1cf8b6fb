using System.Text.Json;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Tests;

public sealed class AskCommandTests
{
    [Fact]
    public async Task Ask_prints_the_answer_then_its_sources_for_a_person()
    {
        var (exit, output, error) = await BotProcess.RunAsync(null, "ask", "When did Russia recognise Montenegro?");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("Russia gave official recognition", output, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("Source:", StringComparison.Ordinal) > output.IndexOf("11 June 2006", StringComparison.Ordinal));
        Assert.Contains("foreign-relations/lead/3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_json_prints_one_object_with_the_contract_fields()
    {
        var (exit, output, _) = await BotProcess.RunAsync(null, "ask", "--json", "When did Montenegro join NATO?");

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("When did Montenegro join NATO?", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("nato", root.GetProperty("intent").GetString());
        var answer = root.GetProperty("answer").GetString()!;
        Assert.Contains("5 June 2017", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("**", answer, StringComparison.Ordinal);
        var source = root.GetProperty("sources")[0];
        Assert.Equal("nato-relations/full-membership/1", source.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(source.GetProperty("title").GetString()));
        Assert.StartsWith("https://", source.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("**", source.GetProperty("excerpt").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_mode_answers_each_line_in_order_and_marks_blank_lines_as_errors()
    {
        const string input = "When did the UK recognise Montenegro?\n   \nWhat is the capital of France?\nWhen did Montenegro join NATO?\n";
        var (exit, output, _) = await BotProcess.RunAsync(input, "ask", "--json");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains("13 June", lines[0].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.False(lines[1].GetProperty("answered").GetBoolean());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.False(lines[2].GetProperty("answered").GetBoolean());
        Assert.True(lines[3].GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_source_without_an_address_has_a_null_url()
    {
        var (_, output, _) = await BotProcess.RunAsync(null, "ask", "--json", "How many MPs voted for the NATO mission for Ukraine?");

        var source = JsonDocument.Parse(output).RootElement.GetProperty("sources")[0];
        Assert.StartsWith("ukraine-mission-vote/", source.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, source.GetProperty("url").ValueKind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_question_is_refused_on_standard_error_with_exit_code_2(string blank)
    {
        var (exit, output, error) = await BotProcess.RunAsync(null, "ask", blank);

        Assert.Equal(2, exit);
        Assert.Contains("question is empty", error, StringComparison.Ordinal);
        Assert.Empty(output.Trim());
    }

    [Fact]
    public async Task A_bad_data_path_stops_with_a_message_naming_the_setting()
    {
        var (exit, _, error) = await BotProcess.RunAsync(null, "ask", "--Data:Path=/nonexistent/place", "When did Russia recognise Montenegro?");

        Assert.NotEqual(0, exit);
        Assert.Contains("Data:Path", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_refused_in_one_line_with_exit_code_2()
    {
        var (exit, output, error) = await BotProcess.RunAsync(null, "ask", "--foo", "When did Russia recognise Montenegro?");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("--foo", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_that_cannot_be_loaded_are_reported_once_with_exit_code_3()
    {
        using var data = new BrokenDataFolder();

        var (exit, output, error) = await BotProcess.RunAsync(null, "ask", $"--Data:Path={data.Path}", "When did Russia recognise Montenegro?");

        Assert.Equal(3, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Cannot load the bot's sources: ", line, StringComparison.Ordinal);
        Assert.Contains("sources.json", line, StringComparison.Ordinal);
    }
}
