using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Hosting;

namespace Montenegro.Bot.Tests;

/// <summary>The free-text limits are settings checked at start, each refusal naming its setting.</summary>
public sealed class FreeTextLimitSettingsTests
{
    [Theory]
    [InlineData("--FreeText:Burst=0", "FreeText:Burst")]
    [InlineData("--FreeText:MaxWaitSeconds=120", "FreeText:MaxWaitSeconds")]
    [InlineData("--FreeText:ChannelAnswersPerSecond=50", "FreeText:ChannelAnswersPerSecond")]
    [InlineData("--FreeText:ChannelBurst=0", "FreeText:ChannelBurst")]
    public void An_out_of_range_limit_is_refused_naming_the_setting(string setting, string named)
    {
        using var host = BotHost.CreateConsoleBuilder([setting]).Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<FreeTextOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_a_burst_of_three_then_one_every_ten_seconds_answered_within_thirty()
    {
        using var host = BotHost.CreateConsoleBuilder([]).Build();

        var options = host.Services.GetRequiredService<IOptions<FreeTextOptions>>().Value;

        Assert.Equal((3, 10, 30), (options.Burst, options.CooldownSeconds, options.MaxWaitSeconds));
        Assert.True(options.ChannelAnswersPerSecond < 50);
    }
}
