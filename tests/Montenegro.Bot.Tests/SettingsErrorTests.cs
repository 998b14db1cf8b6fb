namespace Montenegro.Bot.Tests;

/// <summary>Settings the bot cannot run with, through the real executable: exit 2, one line, no stack, no secret.</summary>
public sealed class SettingsErrorTests
{
    [Theory]
    [InlineData("FreeText__CooldownSeconds", "abc", "FreeText:CooldownSeconds is 'abc'", "whole number")]
    [InlineData("FreeText__Enabled", "maybe", "FreeText:Enabled is 'maybe'", "true or false")]
    [InlineData("Discord__GuildId", "abc", "Discord:GuildId is 'abc'", "Discord id")]
    [InlineData("Discord__ApplicationId", "-5", "Discord:ApplicationId is '-5'", "Discord id")]
    [InlineData("Discord__ShardId", "x", "Discord:ShardId is 'x'", "whole number")]
    [InlineData("Discord__DeferThreshold", "soon", "Discord:DeferThreshold is 'soon'", "duration")]
    [InlineData("Logging__LogLevel__Default", "Loud", "Logging:LogLevel:Default is 'Loud'", "Information")]
    [InlineData("FreeText__Channels__0", "abc", "FreeText:Channels:0 is 'abc'", "Discord id")]
    [InlineData("FreeText__CooldownSeconds", "-5", "FreeText:CooldownSeconds is '-5'", "from 0 to 3600")]
    [InlineData("FreeText__Channels__0", "0", "FreeText:Channels", "greater than 0")]
    [InlineData("Discord__DeferThreshold", "00:00:05", "Discord:DeferThreshold is '00:00:05'", "between 0 and 2.5 seconds")]
    [InlineData("Http__Port", "99999", "Http:Port", "between 0 and 65535")]
    [InlineData("Retrieval__Semantic", "maybe", "Retrieval:Semantic is 'maybe'", "true or false")]
    public async Task A_bad_setting_in_the_environment_stops_ask_with_one_line_naming_it(string variable, string value, string named, string accepted)
    {
        var (exit, output, error) = await BotProcess.RunAsync(null, new Dictionary<string, string> { [variable] = value }, "ask", "When did Russia recognise Montenegro?");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains(accepted, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--Http:Port=0")]
    [InlineData("healthcheck")]
    public async Task A_negative_cooldown_is_refused_in_modes_that_never_answer_free_text(params string[] args)
    {
        var (exit, _, error) = await BotProcess.RunAsync(null, new Dictionary<string, string> { ["FreeText__CooldownSeconds"] = "-5" }, args);

        Assert.Equal(2, exit);
        Assert.Contains("FreeText:CooldownSeconds", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_console_chat_too()
    {
        var (exit, output, error) = await BotProcess.RunAsync("When did Russia recognise Montenegro?\n", new Dictionary<string, string> { ["Discord__ShardId"] = "x" });

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Discord:ShardId is 'x'", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_token_is_named_but_never_shown()
    {
        const string token = "Bot MTIz.super-secret-token.xyz";

        var (exit, output, error) = await BotProcess.RunAsync(null, new Dictionary<string, string> { ["Discord__Token"] = token }, "serve", "--Http:Port=0");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Discord:Token", line, StringComparison.Ordinal);
        Assert.DoesNotContain("super-secret", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_bad_settings_share_the_one_line()
    {
        var environment = new Dictionary<string, string> { ["FreeText__CooldownSeconds"] = "abc", ["Discord__GuildId"] = "abc" };

        var (exit, _, error) = await BotProcess.RunAsync(null, environment, "ask", "q");

        Assert.Equal(2, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("FreeText:CooldownSeconds", line, StringComparison.Ordinal);
        Assert.Contains("Discord:GuildId", line, StringComparison.Ordinal);
    }
}
