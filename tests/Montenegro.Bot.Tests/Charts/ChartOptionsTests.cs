using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Charts;

namespace Montenegro.Bot.Tests.Charts;

public sealed class ChartOptionsTests
{
    private static ChartOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddPollCharts(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ChartOptions>>().Value;
    }

    [Fact]
    public void The_default_budget_is_two_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), Bind().RenderBudget);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:05:00")]
    public void A_budget_out_of_range_is_refused_naming_the_setting(string budget)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Bind(("Charts:RenderBudget", budget)));
        Assert.Contains("RenderBudget", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_file_that_does_not_exist_is_refused_naming_it()
    {
        var e = Assert.Throws<OptionsValidationException>(() => Bind(("Charts:FontFile", "/no/such/font.ttf")));
        Assert.Contains("/no/such/font.ttf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_is_registered_for_the_bot()
    {
        using var services = new ServiceCollection().AddLogging().AddPollCharts(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<PollChartService>());
    }
}
