using System.Collections.Concurrent;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// Helpful / Not helpful: counted by intent in <see cref="AnswerFeedbackMetrics"/>. On a private answer (without a chart)
/// the buttons are then disabled in place; on a public one (which others may still rate) the clicker gets a private thanks. A second
/// click by the same person on the same answer is thanked but not counted again (remembered per replica, a bounded
/// set: it damps repeated clicks, it is not needed for answering).
/// </summary>
public sealed class FeedbackButtonHandler(AnswerFeedbackMetrics metrics) : IComponentHandler
{
    private const int MaxRemembered = 50_000;

    private static readonly LocalizedText AlreadyRated = new("You've already rated this answer. Thanks!", "Već ste ocijenili ovaj odgovor. Hvala!");

    private static readonly LocalizedText Glad = new("Thanks! Glad it helped.", "Hvala! Drago mi je da je pomoglo.");

    private static readonly LocalizedText Sorry = new(
        "Thanks for telling me. Try asking in other words, or use /search to read the passages themselves.",
        "Hvala što ste mi rekli. Pitajte drugim riječima ili upotrijebite /search da pročitate same odlomke.");

    private readonly ConcurrentDictionary<(ulong Message, ulong User), byte> _counted = new();

    /// <inheritdoc />
    public string CustomIdPrefix => AnswerCustomId.FeedbackPrefix;

    /// <inheritdoc />
    public ComponentDeferral Deferral => ComponentDeferral.EphemeralMessage;

    /// <inheritdoc />
    public Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interaction = context.Interaction;
        if (!AnswerCustomId.TryReadFeedback(interaction.CustomId, out var helpful, out var intent))
        {
            return Task.FromResult(ComponentNotes.Note(ComponentNotes.Unreadable, interaction));
        }

        var first = interaction.Message is not { } message || FirstVote(message.Id, interaction.UserId);
        if (first)
        {
            metrics.Record(intent, helpful);
        }

        // Only a message without an uploaded image is rewritten: an update would drop the file its embed shows.
        if (interaction.Message is { } shown && shown.Flags.HasFlag(MessageFlags.Ephemeral) && shown.Embeds.Count > 0 && shown.Embeds.All(e => e.ImageUrl is null))
        {
            var rows = shown.Components.Select(r => new ActionRow(r.Components.Select(c => Disabled(c, helpful)))).ToList();
            return Task.FromResult(InteractionResponse.Update(new InteractionReply { Embeds = shown.Embeds, Components = rows }));
        }

        var thanks = !first ? AlreadyRated : helpful ? Glad : Sorry;
        return Task.FromResult(ComponentNotes.Note(thanks, interaction));
    }

    private bool FirstVote(ulong messageId, ulong userId)
    {
        if (_counted.Count >= MaxRemembered)
        {
            _counted.Clear();
        }

        return _counted.TryAdd((messageId, userId), 0);
    }

    // The feedback buttons greyed out, the chosen one marked; every other component as it was.
    private static MessageComponent Disabled(MessageComponent component, bool helpful)
    {
        if (component is not Button { CustomId: { } id } button || !id.StartsWith(AnswerCustomId.FeedbackPrefix, StringComparison.Ordinal))
        {
            return component;
        }

        var chosen = AnswerCustomId.TryReadFeedback(id, out var isHelpful, out _) && isHelpful == helpful;
        return new Button(chosen ? ButtonStyle.Success : ButtonStyle.Secondary, button.Label, id, emoji: button.Emoji, disabled: true);
    }
}
