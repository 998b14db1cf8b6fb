using Microsoft.Extensions.Logging;
using Montenegro.Bot.Charts;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Knowledge;

namespace Montenegro.Bot.Discord;

/// <summary>
/// The one place a Discord reply is built from a command's outcome: the answer's card (its first page, its buttons), and
/// for a poll answer its chart as a PNG attachment that the embed shows (<c>attachment://…</c>) in the same message. The chart comes from
/// <see cref="PollChartService"/>, drawn on the thread pool within its time budget and cached per knowledge base; when
/// it fails or is late the text answer goes out without it.
/// </summary>
public sealed partial class AnswerReplies(PollChartService? charts = null, ILogger<AnswerReplies>? logger = null)
{
    /// <summary>Builds the reply for <paramref name="outcome"/>, private when <paramref name="ephemeral"/>.</summary>
    /// <param name="outcome">The command's answer and what goes with it.</param>
    /// <param name="knowledge">The knowledge base the answer came from (its charts belong to it).</param>
    /// <param name="ephemeral">Whether only the user sees the reply.</param>
    /// <param name="ct">Cancelled when the answer is no longer wanted.</param>
    /// <returns>The reply.</returns>
    public async Task<InteractionReply> ReplyAsync(CommandOutcome outcome, KnowledgeBase knowledge, bool ephemeral, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(knowledge);
        var chart = outcome.Chart is { } wanted && charts is not null ? await ChartAsync(knowledge, wanted, ct).ConfigureAwait(false) : null;
        return AnswerCard.For(outcome.Answer, page: 0, chart, outcome.Language).ToInteractionReply(ephemeral);
    }

    /// <summary>Starts drawing the charts of <paramref name="knowledge"/> without waiting, so the first poll answer finds them ready.</summary>
    public void Prepare(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        charts?.Prefetch(knowledge);
    }

    private async Task<ChartImage?> ChartAsync(KnowledgeBase knowledge, ChartRequest wanted, CancellationToken ct)
    {
        try
        {
            return await charts!.GetPollChartAsync(knowledge, wanted.PollsterId, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The service logs and caches its own failures; this is the guard for anything else.
            if (logger is not null)
            {
                LogChartFailed(logger, e.GetType().Name, e.Message);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Poll chart left off an answer: {ExceptionType}: {Reason}")]
    private static partial void LogChartFailed(ILogger logger, string exceptionType, string reason);
}
