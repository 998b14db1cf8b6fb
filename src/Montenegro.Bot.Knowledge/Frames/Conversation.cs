namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>
/// The questions asked so far, as an immutable value: an answer depends only on its question and the
/// conversation passed with it, so any replica can answer a follow-up it is handed.
/// </summary>
public sealed class Conversation
{
    /// <summary>The most turns kept; older ones no longer resolve follow-ups.</summary>
    public const int MaxTurns = 8;

    private Conversation(IReadOnlyList<ConversationTurn> turns) => Turns = turns;

    /// <summary>A conversation with nothing asked yet.</summary>
    public static Conversation Empty { get; } = new([]);

    /// <summary>The earlier turns, oldest first.</summary>
    public IReadOnlyList<ConversationTurn> Turns { get; }

    /// <summary>The latest turn, if any.</summary>
    public ConversationTurn? Last => Turns.Count > 0 ? Turns[^1] : null;

    /// <summary>This conversation with <paramref name="turn"/> added (the oldest dropped past <see cref="MaxTurns"/>).</summary>
    public Conversation With(ConversationTurn turn) => new(Turns.Skip(Math.Max(0, Turns.Count + 1 - MaxTurns)).Append(turn).ToList());
}
