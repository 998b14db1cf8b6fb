namespace Montenegro.Bot.Knowledge.Entities;

/// <summary>An entity found in a question.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Text">The words of the question that named it.</param>
/// <param name="IsExact">False when it was recognised despite a typo.</param>
public sealed record EntityMention(Entity Entity, string Text, bool IsExact);
