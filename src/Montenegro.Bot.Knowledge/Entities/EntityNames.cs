using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Entities;

/// <summary>
/// The one alias table behind free text, slash-command options and autocomplete: an entity by its
/// name, any alias ("usa", "UK", "Britain"), its Montenegrin name ("Rusija", "SAD") or a name with one
/// typo; and completions that put an exact alias first ("uk" offers the United Kingdom before Ukraine).
/// </summary>
public sealed class EntityNames(IReadOnlyList<Entity> entities, EntityRecognizer recognizer, Lexicon lexicon)
{
    private readonly Dictionary<string, Entity> _byFoldedName = BuildNames(entities, lexicon);

    /// <summary>The entity <paramref name="name"/> names, as a whole (an option value, not a sentence).</summary>
    public Entity? Resolve(string name)
    {
        var folded = LanguageFolding.Fold(name.Trim());
        if (folded.Length == 0)
        {
            return null;
        }

        if (_byFoldedName.TryGetValue(folded, out var entity))
        {
            return entity;
        }

        if (lexicon.EntityFor(name) is { } id && entities.FirstOrDefault(e => e.Id == id) is { } local)
        {
            return local;
        }

        var found = recognizer.Recognize(name);
        return found.Count == 1 ? found[0].Entity : null;
    }

    /// <summary>Up to <paramref name="max"/> entities among <paramref name="candidates"/> that <paramref name="typed"/> may be the start of, best first.</summary>
    public IReadOnlyList<Entity> Complete(string? typed, IEnumerable<Entity> candidates, int max = 25)
    {
        var list = candidates.ToList();
        var prefix = LanguageFolding.Fold((typed ?? string.Empty).Trim());
        if (prefix.Length == 0)
        {
            return list.Take(max).ToList();
        }

        var ranked = new List<(Entity Entity, int Rank)>();
        foreach (var entity in list)
        {
            var names = NamesOf(entity).Select(LanguageFolding.Fold).ToList();
            var rank = names.Any(n => n == prefix) ? 0
                : LanguageFolding.Fold(entity.Name).StartsWith(prefix, StringComparison.Ordinal) ? 1
                : names.Any(n => n.StartsWith(prefix, StringComparison.Ordinal)) ? 2
                : names.Any(n => n.Contains(prefix, StringComparison.Ordinal)) ? 3
                : -1;
            if (rank >= 0)
            {
                ranked.Add((entity, rank));
            }
        }

        return ranked.OrderBy(r => r.Rank).ThenBy(r => r.Entity.Name, StringComparer.Ordinal).Select(r => r.Entity).Take(max).ToList();
    }

    private IEnumerable<string> NamesOf(Entity entity) =>
        entity.AllNames.Concat(lexicon.LocalNames.Where(n => n.EntityId == entity.Id).Select(n => n.Name));

    private static Dictionary<string, Entity> BuildNames(IReadOnlyList<Entity> entities, Lexicon lexicon)
    {
        var byName = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var name in entity.AllNames)
            {
                byName.TryAdd(LanguageFolding.Fold(name), entity);
            }
        }

        foreach (var (id, name) in lexicon.LocalNames)
        {
            if (entities.FirstOrDefault(e => e.Id == id) is { } entity)
            {
                byName.TryAdd(LanguageFolding.Fold(name), entity);
            }
        }

        return byName;
    }
}
