using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>Registers the knowledge base with a host.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Adds the <c>Data</c> options (validated at start), the readiness state and the loader worker.</summary>
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
        services.AddSingleton(sp => new Answering.AnswerMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddHostedService<KnowledgeLoaderWorker>();
        return services;
    }
}
