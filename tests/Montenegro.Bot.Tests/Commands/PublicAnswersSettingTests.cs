namespace Montenegro.Bot.Tests.Commands;

/// <summary><c>Discord:PublicAnswers</c> is checked like every other setting: a bad value is one line and exit 2.</summary>
public sealed class PublicAnswersSettingTests
{
    [Fact]
    public async Task A_public_answers_value_that_is_not_a_boolean_stops_the_start_in_one_line()
    {
        var (exit, output, error) = await BotProcess.RunAsync(null, new Dictionary<string, string> { ["Discord__PublicAnswers"] = "sometimes" }, "ask", "When did Russia recognise Montenegro?");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Discord:PublicAnswers is 'sometimes'", line, StringComparison.Ordinal);
        Assert.Contains("true or false", line, StringComparison.Ordinal);
    }
}
