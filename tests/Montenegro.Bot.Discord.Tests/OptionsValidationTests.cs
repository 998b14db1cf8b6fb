using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Token", "", "Discord:Token is required")]
    [InlineData("Token", "Bot abc", "Discord:Token must be the bare token")]
    [InlineData("ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("ShardId", "2", "Discord:ShardId and Discord:ShardCount must be set together")]
    [InlineData("GatewayUrl", "http://x", "Discord:GatewayUrl must be an absolute ws:// or wss:// URL")]
    [InlineData("DeferThreshold", "00:00:05", "Discord:DeferThreshold must be between 0 and 2.5 seconds")]
    public async Task Invalid_setting_fails_start_with_a_message_naming_it(string key, string value, string expected)
    {
        var config = new Dictionary<string, string?> { ["Discord:Token"] = "abc.def", [$"Discord:{key}"] = value };
        using var host = BotHarness.Build(config, new FakeTimeProvider(), new TestBot(), new CapturingLoggerProvider());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shard_id_must_be_below_shard_count()
    {
        var config = new Dictionary<string, string?> { ["Discord:Token"] = "abc.def", ["Discord:ShardId"] = "2", ["Discord:ShardCount"] = "2" };
        using var host = BotHarness.Build(config, new FakeTimeProvider(), new TestBot(), new CapturingLoggerProvider());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:ShardId must be >= 0 and < Discord:ShardCount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_text_redacts_the_token()
    {
        var options = new DiscordOptions { Token = "MTEw.secret.token", GuildId = 5 };

        var text = options.ToString();

        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.Contains("***", text, StringComparison.Ordinal);
        Assert.Contains("GuildId = 5", text, StringComparison.Ordinal);
    }
}
