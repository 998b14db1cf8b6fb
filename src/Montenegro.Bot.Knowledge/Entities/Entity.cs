namespace Montenegro.Bot.Knowledge.Entities;

/// <summary>A country, organisation, pollster or group the bot can recognise in a question.</summary>
/// <param name="Id">Stable id, used by facts.</param>
/// <param name="Type">What kind of thing it is.</param>
/// <param name="Name">Its usual English name.</param>
/// <param name="Aliases">Other names, short forms and demonyms.</param>
public sealed record Entity(string Id, EntityType Type, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
