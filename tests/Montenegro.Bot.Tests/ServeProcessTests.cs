using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Tests;

/// <summary>The real executable in service mode, as a container runs it.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task A_rejected_token_stops_the_bot_with_a_non_zero_exit_and_never_logs_the_token()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.CloseOnIdentify = 4004;

        var (exit, output, error) = await BotProcess.RunAsync(
            null,
            "serve",
            "--Http:Port=0",
            $"--Discord:Token={discord.Token}",
            $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
            "--Logging:Console:FormatterName=json");

        Assert.Equal(1, exit);
        var logs = output + error;
        Assert.DoesNotContain(discord.Token, logs, StringComparison.Ordinal);
        Assert.Contains("\"LogLevel\":\"Critical\"", logs, StringComparison.Ordinal);
        Assert.Single(discord.Connections);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_bot_with_one_line_naming_the_setting()
    {
        var (exit, _, error) = await BotProcess.RunAsync(null, "serve", "--Http:Port=99999");

        Assert.Equal(2, exit);
        Assert.Contains("Http:Port", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_that_cannot_be_loaded_stop_serve_with_one_line_on_standard_error_and_exit_code_3()
    {
        using var data = new BrokenDataFolder();

        var (exit, output, error) = await BotProcess.RunAsync(null, "serve", "--Http:Port=0", $"--Data:Path={data.Path}");

        Assert.Equal(3, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Cannot load the bot's sources: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot load", output, StringComparison.Ordinal);
    }
}
