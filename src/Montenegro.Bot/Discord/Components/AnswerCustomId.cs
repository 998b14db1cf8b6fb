using System.Globalization;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// The custom ids of the buttons and menus on answers: a versioned prefix per action (<c>a1s:</c> sources, <c>a1m:</c>
/// pages, <c>a1c:</c> chart, <c>a1f:</c> feedback, <c>a1t:</c> topics) and short fields after it, within Discord's 100
/// characters, so any replica can answer a click with no state of its own. An answer is named by its question (as
/// <c>q</c> + the question when it fits, else <c>f</c>: "the question in this message's footer") and checked by a
/// four-character fingerprint. A later format gets a new version prefix; ids of a version no handler claims any more
/// get the library's polite "expired" note.
/// </summary>
public static class AnswerCustomId
{
    /// <summary>The Sources button: <c>a1s:{hash}:{reference}</c>.</summary>
    public const string SourcesPrefix = "a1s:";

    /// <summary>The page buttons: <c>a1m:{page}:{hash}:{reference}</c>.</summary>
    public const string PagePrefix = "a1m:";

    /// <summary>The Chart button: <c>a1c:{pollster id, or empty for all}</c>.</summary>
    public const string ChartPrefix = "a1c:";

    /// <summary>The feedback buttons: <c>a1f:{y|n}:{intent}</c>.</summary>
    public const string FeedbackPrefix = "a1f:";

    /// <summary>The nearest-topics menu on declines: <c>a1t:</c> (the chosen value is the topic).</summary>
    public const string TopicPrefix = "a1t:";

    private const char InlineQuestion = 'q';
    private const char FooterQuestion = 'f';

    /// <summary>The Sources button's id.</summary>
    public static string Sources(AnswerReference reference, string hash) => WithReference(SourcesPrefix + hash + ":", reference);

    /// <summary>The id of the button that shows page <paramref name="page"/> (0-based).</summary>
    public static string Page(int page, AnswerReference reference, string hash) =>
        WithReference(PagePrefix + page.ToString(CultureInfo.InvariantCulture) + ":" + hash + ":", reference);

    /// <summary>The Chart button's id.</summary>
    public static string Chart(string? pollsterId) => ChartPrefix + (pollsterId is { Length: <= 40 } ? pollsterId : string.Empty);

    /// <summary>A feedback button's id.</summary>
    public static string Feedback(bool helpful, string intent) =>
        FeedbackPrefix + (helpful ? 'y' : 'n') + ":" + (intent.Length <= 40 ? intent : "other");

    /// <summary>The nearest-topics menu's id.</summary>
    public static string Topics() => TopicPrefix;

    /// <summary>Reads <c>{hash}:{reference}</c> (what follows the Sources prefix), resolving <c>f</c> from <paramref name="message"/>'s footer.</summary>
    public static bool TryReadSources(string customId, DiscordMessage? message, out string hash, out AnswerReference? reference)
    {
        ArgumentNullException.ThrowIfNull(customId);
        return TryReadHashAndReference(customId[SourcesPrefix.Length..], message, out hash, out reference);
    }

    /// <summary>Reads <c>{page}:{hash}:{reference}</c> (what follows the page prefix).</summary>
    public static bool TryReadPage(string customId, DiscordMessage? message, out int page, out string hash, out AnswerReference? reference)
    {
        ArgumentNullException.ThrowIfNull(customId);
        page = 0;
        hash = string.Empty;
        reference = null;
        var rest = customId[PagePrefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 3
            && int.TryParse(rest.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out page)
            && TryReadHashAndReference(rest[(colon + 1)..], message, out hash, out reference);
    }

    /// <summary>Reads a feedback id: whether it says helpful, and the intent it names.</summary>
    public static bool TryReadFeedback(string customId, out bool helpful, out string intent)
    {
        ArgumentNullException.ThrowIfNull(customId);
        var rest = customId[FeedbackPrefix.Length..];
        helpful = rest.StartsWith('y');
        intent = rest.Length > 2 ? rest[2..] : string.Empty;
        return rest.Length > 2 && rest[0] is 'y' or 'n' && rest[1] == ':';
    }

    private static string WithReference(string head, AnswerReference reference)
    {
        var inline = head + InlineQuestion + reference.Text;
        return inline.Length <= ComponentLimits.MaxCustomIdLength ? inline : head + FooterQuestion;
    }

    private static bool TryReadHashAndReference(string rest, DiscordMessage? message, out string hash, out AnswerReference? reference)
    {
        hash = string.Empty;
        reference = null;
        if (rest.Length < AnswerHash.Length + 2 || rest[AnswerHash.Length] != ':')
        {
            return false;
        }

        hash = rest[..AnswerHash.Length];
        var kind = rest[AnswerHash.Length + 1];
        var payload = rest[(AnswerHash.Length + 2)..];
        reference = kind switch
        {
            InlineQuestion => AnswerReference.Parse(payload),
            FooterQuestion when payload.Length == 0 => AnswerFooter.ReferenceIn(message),
            _ => null,
        };
        return reference is not null;
    }
}
