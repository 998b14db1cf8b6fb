using Montenegro.Bot.Knowledge.Entities;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>Who does or undergoes what a clause states: an entity, or a person named with a role.</summary>
/// <param name="Name">How a title names them: the entity's name or the person's.</param>
/// <param name="Entity">The entity, when it is one.</param>
/// <param name="RoleEntity">For a person, the entity their role names ("Canadian Foreign Minister" names Canada).</param>
internal sealed record Participant(string Name, Entity? Entity, Entity? RoleEntity = null)
{
    /// <summary>The entity that stands for them in a fact's entities: the entity itself, or the one a person acts for.</summary>
    public Entity? Represented => Entity ?? RoleEntity;

    public static Participant Of(Entity entity) => new(entity.Name, entity);

    public static Participant Of(PersonMention person, AnalysedSentence sentence) =>
        new(person.Name, null, sentence.Mentions.FirstOrDefault(m => m.First >= person.First && m.Last <= person.Last && m.First < person.NameFirst)?.Entity);
}
