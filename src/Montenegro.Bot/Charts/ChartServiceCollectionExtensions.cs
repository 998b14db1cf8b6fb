using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Charts;

/// <summary>Registers poll charts with a host.</summary>
public static class ChartServiceCollectionExtensions
{
    /// <summary>Adds the <c>Charts</c> options (validated at start), the renderer and the caching <see cref="PollChartService"/>.</summary>
    public static IServiceCollection AddPollCharts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChartOptions>()
            .Bind(configuration.GetSection(ChartOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChartOptions>, ChartOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPollChartRenderer>(sp => new PollChartRenderer(sp.GetRequiredService<IOptions<ChartOptions>>().Value.FontFile));
        services.AddSingleton<PollChartService>();
        return services;
    }
}
