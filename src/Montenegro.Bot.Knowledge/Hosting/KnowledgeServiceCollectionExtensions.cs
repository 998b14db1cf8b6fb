using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Registers the knowledge base with a host.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds the <c>Data</c> and <c>Retrieval</c> options (validated at start), the readiness state, the metrics and the loader worker (which reloads changed sources unless <see cref="KnowledgeOptions.Watch"/> is off).</summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptions.Validator>();
        services.AddOptions<RetrievalOptions>()
            .Bind(configuration.GetSection(RetrievalOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetrievalOptions>, RetrievalOptions.Validator>();
        services.AddSingleton<KnowledgeState>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Answering.AnswerMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton(sp => new KnowledgeMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddHostedService<KnowledgeLoaderWorker>();
        return services;
    }

    /// <summary>
    /// For one-shot modes (<c>ask</c>): the sources are read once at start and not watched, whatever
    /// <c>Data:Watch</c> says.
    /// </summary>
    public static IServiceCollection ReadSourcesOnce(this IServiceCollection services)
    {
        services.PostConfigure<KnowledgeOptions>(o => o.Watch = false);
        return services;
    }
}
