namespace Montenegro.Bot.Discord.Components;

/// <summary>
/// A short fingerprint of an answer (its question and text), carried in button ids so that a click on an answer that
/// would now read differently (the sources were reloaded) is told so instead of being answered from other text.
/// FNV-1a over the characters: stable across processes and replicas, unlike <see cref="string.GetHashCode()"/>.
/// </summary>
internal static class AnswerHash
{
    /// <summary>The length of <see cref="Of"/>'s result.</summary>
    public const int Length = 4;

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Four URL-safe characters (24 bits) of the hash of <paramref name="question"/> and <paramref name="text"/>.</summary>
    public static string Of(string question, string text)
    {
        var hash = 2166136261u;
        hash = Mix(hash, question);
        hash = (hash ^ '\n') * 16777619u;
        hash = Mix(hash, text);
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[(int)(hash & 63)];
            hash >>= 6;
        }

        return new string(chars);
    }

    private static uint Mix(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
