using System.Runtime.CompilerServices;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Knowledge;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Commands;

/// <summary>
/// The countries (and organisations) commands take, resolved through the engine's one alias table
/// (<see cref="EntityNames"/>), so "Rusija", "SAD", "usa" and "uk" mean what they mean in a question. The lists are
/// worked out once per knowledge base.
/// </summary>
public static class CountryNames
{
    private static readonly ConditionalWeakTable<KnowledgeBase, Lists> ListsByKnowledge = new();

    /// <summary>Countries and organisations whose recognition the sources date.</summary>
    public static IReadOnlyList<Entity> RecognisedBy(KnowledgeBase knowledge) => ListsOf(knowledge).RecognisedBy;

    /// <summary>Countries the sources have a relations section on, then every other country they name.</summary>
    public static IReadOnlyList<Entity> RelationsCountries(KnowledgeBase knowledge) => ListsOf(knowledge).Relations;

    /// <summary>The country or organisation <paramref name="text"/> names, in English or Montenegrin; null when none.</summary>
    public static Entity? Resolve(KnowledgeBase knowledge, string text)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var entity = knowledge.Names.Resolve(text);
        return entity is { Type: EntityType.Country or EntityType.Organisation } && entity.Id != "montenegro" ? entity : null;
    }

    /// <summary>The name to put in a question in <paramref name="language"/>: the Montenegrin one when the lexicon has it.</summary>
    public static string NameIn(KnowledgeBase knowledge, Entity entity, CommandLanguage language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(entity);
        return language == CommandLanguage.Montenegrin ? knowledge.Lexicon.LocalName(entity.Id) ?? entity.Name : entity.Name;
    }

    /// <summary>
    /// Countries among <paramref name="candidates"/> for what the user typed, best first (at most 25): the alias table
    /// decides what matches; an exact name or alias comes first ("uk": the United Kingdom before Ukraine), then names
    /// that start with the text, then the rest (the entity the whole text resolves to, with any inflected form the table
    /// knows, before all), each in the order of <paramref name="candidates"/> (those the sources say most about first).
    /// Each is named in <paramref name="language"/> where the lexicon (<c>data/lexicon.json</c>) has the name ("Rusija"
    /// for a Montenegrin client); the value is always the English name.
    /// </summary>
    public static IReadOnlyList<AutocompleteChoice> Choices(KnowledgeBase knowledge, IReadOnlyList<Entity> candidates, string typed, CommandLanguage language) =>
        Matches(knowledge, candidates, typed).Select(e => new AutocompleteChoice(NameIn(knowledge, e, language), e.Name)).ToList();

    private static IEnumerable<Entity> Matches(KnowledgeBase knowledge, IReadOnlyList<Entity> candidates, string typed)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(candidates);
        var prefix = LanguageFolding.Fold((typed ?? string.Empty).Trim());
        var position = candidates.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i);

        // The whole text may already name one ("SAD", "Rusiju"): the table's inflected forms count, not just names.
        var named = prefix.Length == 0 ? null : knowledge.Names.Resolve(typed!);
        var matches = knowledge.Names.Complete(typed, candidates, candidates.Count);
        if (named is not null && position.ContainsKey(named))
        {
            matches = [named, .. matches.Where(e => e != named)];
        }

        return matches
            .OrderBy(e => e == named ? -1 : Closeness(knowledge, e, prefix))
            .ThenBy(e => position.GetValueOrDefault(e, int.MaxValue))
            .Take(25);
    }

    /// <summary>The did-you-mean reply for <paramref name="typed"/>, which names none of <paramref name="candidates"/>.</summary>
    public static Answer Unknown(CommandCall call, string typed, IReadOnlyList<Entity> candidates)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(candidates);
        var knowledge = call.Knowledge;
        var names = candidates.SelectMany(e => e.AllNames.Append(knowledge.Lexicon.LocalName(e.Id) ?? e.Name)
            .Select(n => (Name: n, Shown: NameIn(knowledge, e, call.Language)))).ToList();
        var nearest = DidYouMean.Nearest(typed, names.Select(n => n.Name), count: 10)
            .Select(n => names.First(x => x.Name == n).Shown)
            .Distinct(StringComparer.Ordinal)
            .Take(5)
            .ToList();
        var examples = ListsOf(knowledge).WithSections.Take(4).Select(e => NameIn(knowledge, e, call.Language)).ToList();
        return DidYouMean.Country(typed, nearest, examples, call.Language);
    }

    private static int Closeness(KnowledgeBase knowledge, Entity entity, string prefix)
    {
        var names = entity.AllNames.Append(knowledge.Lexicon.LocalName(entity.Id) ?? entity.Name).Select(LanguageFolding.Fold).ToList();
        return prefix.Length == 0 ? 0 : names.Contains(prefix) ? 0 : names.Any(n => n.StartsWith(prefix, StringComparison.Ordinal)) ? 1 : 2;
    }

    private static Lists ListsOf(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return ListsByKnowledge.GetValue(knowledge, k => new Lists(k));
    }

    private sealed class Lists
    {
        public Lists(KnowledgeBase knowledge)
        {
            RecognisedBy = WithFacts(knowledge, "recognition");
            WithSections = WithFacts(knowledge, "relations").Where(e => e.Type == EntityType.Country).ToList();
            Relations = WithSections
                .Concat(knowledge.Entities.Where(e => e.Type == EntityType.Country && e.Id != "montenegro"))
                .Distinct()
                .ToList();
        }

        public IReadOnlyList<Entity> RecognisedBy { get; }

        public IReadOnlyList<Entity> WithSections { get; }

        public IReadOnlyList<Entity> Relations { get; }

        private static List<Entity> WithFacts(KnowledgeBase knowledge, string topic) =>
            knowledge.Facts.Where(f => f.Topic == topic)
                .SelectMany(f => f.EntityIds)
                .Distinct(StringComparer.Ordinal)
                .Where(id => id != "montenegro" && knowledge.EntitiesById.ContainsKey(id))
                .Select(id => knowledge.EntitiesById[id])
                .Where(e => e.Type is EntityType.Country or EntityType.Organisation)
                .ToList();
    }
}
