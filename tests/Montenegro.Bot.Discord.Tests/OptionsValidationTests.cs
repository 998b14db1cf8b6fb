using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
    [InlineData("PublicKey", "not-hex", "Discord:PublicKey must be the application's public key")]
    [InlineData("GuildId", "0", "Discord:GuildId must be a guild id (a positive number) when set.")]
    [InlineData("ApplicationId", "0", "Discord:ApplicationId must be the application id")]
    [InlineData("CommandTimeout", "00:00:00", "Discord:CommandTimeout must be positive and at most 14 minutes")]
    [InlineData("AutocompleteTimeout", "00:00:04", "Discord:AutocompleteTimeout must be positive and at most 3 seconds")]
    [InlineData("MaxRequestRetries", "11", "Discord:MaxRequestRetries must be between 0 and 10")]
    [InlineData("ErrorMessage", " ", "Discord:ErrorMessage must be 1-2000 characters")]
    [InlineData("ProjectUrl", "ftp://x", "Discord:ProjectUrl must be an absolute http(s) URL")]
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
    public void The_options_alone_are_checked_without_a_transport_requirement()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:DeferThreshold"] = "00:00:05" })
            .Build();
        services.AddDiscordOptions(configuration.GetSection(DiscordOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:DeferThreshold must be between 0 and 2.5 seconds", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Discord:Token is required", error.Message, StringComparison.Ordinal);
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
