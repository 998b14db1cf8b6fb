using Microsoft.Extensions.Logging;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Hosting;

namespace Montenegro.Bot.Chat;

/// <summary>
/// The command router over the current engine of <see cref="KnowledgeState"/>: the same router while the engine is the
/// same, a new one once the sources have been reloaded. For the console chat, which runs as long as its user likes.
/// </summary>
public sealed class CurrentRouter(KnowledgeState knowledge, AnswerEngine loaded, ILogger<CommandRouter>? logger = null)
{
    private CommandRouter _router = new(loaded, logger);

    /// <summary>The router over the latest engine.</summary>
    public CommandRouter Get()
    {
        var engine = knowledge.Engine ?? _router.Engine;
        if (!ReferenceEquals(engine, _router.Engine))
        {
            _router = new CommandRouter(engine, logger);
        }

        return _router;
    }
}
