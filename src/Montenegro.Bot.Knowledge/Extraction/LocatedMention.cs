using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>An entity named in a sentence, with the words that name it.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="First">Index of its first word.</param>
/// <param name="Last">Index of its last word.</param>
internal sealed record LocatedMention(Entity Entity, int First, int Last);
