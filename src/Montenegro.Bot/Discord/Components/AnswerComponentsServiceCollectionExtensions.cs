using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Discord.Components;

/// <summary>Registers the buttons and menus on answers (and the poll charts the Chart button needs).</summary>
public static class AnswerComponentsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the handlers of the Sources, page, Chart and feedback buttons and the nearest-topics menu, the feedback
    /// counter, and the poll charts unless another concern added them already.
    /// </summary>
    public static IServiceCollection AddAnswerComponents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!services.Any(d => d.ServiceType == typeof(PollChartService)))
        {
            services.AddPollCharts(configuration);
        }

        services.TryAddSingleton<AnswerFeedbackMetrics>();
        services.AddDiscordComponentHandler<SourcesButtonHandler>();
        services.AddDiscordComponentHandler<PageButtonHandler>();
        services.AddDiscordComponentHandler<ChartButtonHandler>();
        services.AddDiscordComponentHandler<FeedbackButtonHandler>();
        services.AddDiscordComponentHandler<TopicSelectHandler>();
        return services;
    }
}
