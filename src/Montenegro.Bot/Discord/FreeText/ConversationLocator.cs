using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.FreeText;

/// <summary>
/// Finds the answer a message follows up, from what Discord sends and the answer carries (its question, in its footer):
/// a reply to one of the bot's answers follows that answer (<c>referenced_message</c>); a message in a thread started
/// from one of the bot's answers follows the thread's starter, read once per thread (the thread has the starter's id).
/// Nothing about conversations is kept on the server; the thread lookups are cached, bounded, only to save requests.
/// </summary>
public sealed partial class ConversationLocator(IDiscordRestClient? rest = null, ILogger<ConversationLocator>? logger = null)
{
    private const int MaxThreads = 4096;

    private readonly ConcurrentDictionary<ulong, AnswerReference?> _threads = new();

    /// <summary>The answer <paramref name="message"/> follows up, or null when it starts afresh.</summary>
    public async Task<AnswerReference?> FindAsync(DiscordMessage message, BotIdentity self, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(self);
        if (message.IsReplyTo(self.UserId))
        {
            return AnswerFooter.ReferenceIn(message.ReferencedMessage);
        }

        if (!message.IsInThread || rest is null)
        {
            return null;
        }

        if (_threads.TryGetValue(message.ChannelId, out var known))
        {
            return known;
        }

        var found = await StarterAnswerAsync(message.ChannelId, self, ct).ConfigureAwait(false);
        if (_threads.Count >= MaxThreads)
        {
            _threads.Clear();
        }

        _threads[message.ChannelId] = found;
        return found;
    }

    private async Task<AnswerReference?> StarterAnswerAsync(ulong threadId, BotIdentity self, CancellationToken ct)
    {
        try
        {
            var thread = await rest!.GetChannelAsync(threadId, ct).ConfigureAwait(false);
            if (thread.ParentId is not { } parent)
            {
                return null;
            }

            var starter = await rest.GetMessageAsync(parent, threadId, ct).ConfigureAwait(false);
            return starter.AuthorId == self.UserId ? AnswerFooter.ReferenceIn(starter) : null;
        }
        catch (DiscordRestException e)
        {
            // Not started from a message (10008), or not readable: the thread is then a conversation of its own.
            if (logger is not null)
            {
                LogNoStarter(logger, threadId, e.Code);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Thread {ThreadId} has no readable starter message (Discord code {Code}); its questions start afresh")]
    private static partial void LogNoStarter(ILogger logger, ulong threadId, int? code);
}
