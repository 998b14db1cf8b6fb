using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Discord.FreeText;

/// <summary>
/// The finished replies to questions asked with no conversation before them, keyed by the question's text with case,
/// spacing and end punctuation folded, so a question asked again (a busy channel asks the same few things) costs a
/// lookup instead of the engine, the question's embedding and the rendering. Replies are immutable and shared. One
/// cache per engine: a reloaded knowledge base starts an empty one. Bounded: when full it starts over.
/// </summary>
public sealed class RepeatedQuestionCache
{
    /// <summary>Most replies kept.</summary>
    public const int MaxEntries = 2048;

    // Longer questions are rarely repeated word for word, and the engine reads only the first 500 characters.
    private const int MaxKeyLength = AnswerEngine.MaxQuestionLength;

    private volatile Generation _current = new(null);

    /// <summary>The reply kept for <paramref name="question"/> as answered by <paramref name="engine"/>, if any.</summary>
    public bool TryGet(AnswerEngine engine, string question, [NotNullWhen(true)] out MessageReply? reply)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(question);
        reply = null;
        var generation = _current;
        return ReferenceEquals(generation.Engine, engine) && question.Length <= MaxKeyLength && generation.Replies.TryGetValue(KeyOf(question), out reply);
    }

    /// <summary>Keeps <paramref name="reply"/> for <paramref name="question"/> as answered by <paramref name="engine"/>.</summary>
    public void Remember(AnswerEngine engine, string question, MessageReply reply)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(reply);
        if (question.Length > MaxKeyLength)
        {
            return;
        }

        var generation = _current;
        if (!ReferenceEquals(generation.Engine, engine))
        {
            generation = new Generation(engine);
            _current = generation;
        }

        if (generation.Replies.Count >= MaxEntries)
        {
            generation.Replies.Clear();
        }

        generation.Replies.TryAdd(KeyOf(question), reply);
    }

    /// <summary>The cache key of <paramref name="question"/>: lower case, runs of spaces as one, no end punctuation.</summary>
    public static string KeyOf(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.AsSpan().Trim().TrimEnd("?!. ");
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && key.Length > 0)
            {
                key.Append(' ');
            }

            space = false;
            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    private sealed class Generation(AnswerEngine? engine)
    {
        public AnswerEngine? Engine { get; } = engine;

        public ConcurrentDictionary<string, MessageReply> Replies { get; } = new(StringComparer.Ordinal);
    }
}
