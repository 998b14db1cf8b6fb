using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Http;

/// <summary>Whether the bot can serve: the index is loaded and, when the gateway is used, its session is ready.</summary>
public sealed class ReadinessProbe(KnowledgeState knowledge, DiscordGatewayState? gateway = null)
{
    /// <summary>Null when ready; otherwise why not, in words an operator can act on.</summary>
    public string? NotReadyReason()
    {
        if (knowledge.FailureReason is { } failure)
        {
            return $"the sources could not be loaded: {failure}";
        }

        if (!knowledge.IsReady)
        {
            return "the knowledge base is still loading";
        }

        if (gateway is not null)
        {
            if (gateway.FatalError is { } fatal)
            {
                return $"the Discord connection stopped: {fatal}";
            }

            if (!gateway.IsReady)
            {
                return "the Discord gateway session is not ready";
            }
        }

        return null;
    }
}
