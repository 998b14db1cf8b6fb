namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>A question encoded once, to be searched with and compared against passages as often as needed.</summary>
public sealed class SemanticQuery
{
    /// <summary>Wraps the unit-length <paramref name="vector"/> encoded from <paramref name="text"/>.</summary>
    public SemanticQuery(string text, ReadOnlyMemory<float> vector)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Vector = vector;
    }

    /// <summary>The question as asked (without any model prefix).</summary>
    public string Text { get; }

    /// <summary>Its unit-length vector.</summary>
    public ReadOnlyMemory<float> Vector { get; }
}
