using Montenegro.Bot.CommandLine;

namespace Montenegro.Bot.Tests.Reload;

/// <summary>The reload settings are checked like the others: one line naming the setting, its value and what is accepted.</summary>
public sealed class ReloadSettingsTests
{
    [Theory]
    [InlineData("--Data:ReloadDelay=00:05:00", "Data:ReloadDelay must be a time from 00:00:00 to 00:01:00")]
    [InlineData("--Data:ReloadDelay=soon", "Data:ReloadDelay is 'soon'")]
    [InlineData("--Data:PollInterval=-00:00:01", "Data:PollInterval must be a time from 00:00:00 (off)")]
    [InlineData("--Data:Watch=sometimes", "Data:Watch is 'sometimes'")]
    [InlineData("--Retrieval:PersistIndex=maybe", "Retrieval:PersistIndex is 'maybe'")]
    public async Task A_bad_reload_setting_is_refused_in_one_line(string setting, string expected)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await AskCommand.RunAsync([setting], new AskRequest("When did Montenegro join NATO?", Json: false, Conversation: false), new BotConsole(TextReader.Null, output, error, InputIsTerminal: true, OutputIsTerminal: false));

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(output.ToString());
    }
}
