using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Sources;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// Which states Montenegro has no diplomatic relations with, and whether it has relations with a
/// given state. The source's list of states it does have relations with did not survive: the bot
/// says so rather than filling it in.
/// </summary>
internal sealed class DiplomaticRelationsStrategy(AnswerComposer composer) : IAnswerStrategy
{
    public const string Intent = "no-relations";

    private readonly Passage? _withoutRelations = composer.Knowledge.Passages
        .FirstOrDefault(p => p.Kind == PassageKind.List && p.Text.Contains("does not maintain diplomatic relations", StringComparison.OrdinalIgnoreCase));

    private readonly Passage? _withRelations = composer.Knowledge.Passages
        .FirstOrDefault(p => p.Kind == PassageKind.List && p.Text.Contains("maintains diplomatic relations", StringComparison.OrdinalIgnoreCase));

    private readonly Passage? _natoMembers = composer.Knowledge.Passages
        .FirstOrDefault(p => p.Kind == PassageKind.List && (p.Section ?? string.Empty).Contains("NATO member states", StringComparison.OrdinalIgnoreCase));

    public Answer? TryAnswer(Question question)
    {
        if (_withoutRelations is null || !question.HasWord("diplomatic", "relations", "ties", "relation"))
        {
            return null;
        }

        var listed = _withoutRelations.Items.Select(i => i.Trim()).ToList();
        var countries = question.EntitiesOf(EntityType.Country).ToList();
        var negative = question.Has(Language.Cue.Negation);

        if (countries.Count > 0)
        {
            var inList = countries.Where(c => listed.Any(item => c.AllNames.Any(n => Same(item, n)))).ToList();
            if (inList.Count > 0)
            {
                var names = string.Join(" and ", inList.Select(c => c.Name));
                return new Answer(true, Intent, $"No diplomatic relations with {names}",
                    // "Is Tonga one of the states it has no relations with?" is answered yes; "Does it have relations with Tonga?" no.
                    $"{(negative ? "Yes" : "No")}. Montenegro does not maintain diplomatic relations with {names}: {(inList.Count == 1 ? "it is" : "they are")} among the {listed.Count} UN member states my source lists as having none ({string.Join(", ", listed)}).",
                    [], [composer.Source(_withoutRelations.Id, question)], []);
            }

            // Relations with Canada, China, Russia and the US have their own sections: let the fact strategy answer.
            if (composer.Knowledge.Facts.Any(f => f.Topic == "relations" && f.EntityIds.Any(id => countries.Any(c => c.Id == id))))
            {
                return null;
            }

            var names2 = string.Join(" and ", countries.Select(c => c.Name));
            var onNatoList = _natoMembers is not null && countries.All(c => _natoMembers.Items.Any(item => c.AllNames.Any(n => Same(item, n))));
            var text = $"{names2} {(countries.Count == 1 ? "is" : "are")} not among the {listed.Count} UN member states my source lists as having no diplomatic relations with Montenegro. "
                + "The source's list of countries Montenegro does maintain relations with is empty in my copy (it was a table that did not survive), so it does not state this directly.";
            // Being on a list dates nothing: "when did France and Montenegro establish relations?" is not answered by it.
            if (onNatoList && !question.Has(Language.Cue.When))
            {
                text += $" {names2} {(countries.Count == 1 ? "is" : "are")} named in the list \"Montenegro's foreign relations with NATO member states\".";
                return new Answer(true, Intent, $"Relations with {names2}", text, [],
                    [composer.Source(_withoutRelations.Id, question), composer.Source(_natoMembers!.Id, question)], []);
            }

            // Tentative: a passage may still state them (a note added to data/ in words the extractor does not read).
            return composer.Decline(Intent, $"Relations with {names2}", text, question,
                [composer.Source(_withoutRelations.Id, question)]) with { IsTentative = true };
        }

        if (negative || question.HasWord("11", "eleven"))
        {
            return new Answer(true, Intent, "States without diplomatic relations",
                $"Montenegro does not maintain diplomatic relations with {listed.Count} UN member states: {string.Join(", ", listed)}.",
                [new AnswerField("Count", listed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [composer.Source(_withoutRelations.Id, question)], []);
        }

        // "How many NATO members does Montenegro have relations with?": the article lists them under a heading of its own.
        var asksList = question.HasWord("which", "what", "list", "how", "name") && question.HasWord("countries", "states", "nations", "many", "members", "allies", "list");
        if (asksList && _natoMembers is { Items.Count: > 0 } natoMembers && question.Entities.Any(m => m.Entity.Id == "nato"))
        {
            var members = natoMembers.Items.Select(i => i.Trim()).ToList();
            return new Answer(true, Intent, "Relations with NATO member states",
                $"My source lists {members.Count} NATO member states under \"{natoMembers.Section}\": {string.Join(", ", members)}. It gives their names only.",
                [new AnswerField("Count", members.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                [composer.Source(natoMembers.Id, question)], []);
        }

        if (question.HasWord("which", "what", "list", "how") && question.HasWord("countries", "states", "nations", "many"))
        {
            var sources = new List<AnswerSource> { composer.Source(_withoutRelations.Id, question) };
            if (_withRelations is not null)
            {
                sources.Insert(0, composer.Source(_withRelations.Id, question));
            }

            return composer.Decline(Intent, "The list of relations is missing",
                "My source's list of countries with which Montenegro maintains diplomatic relations is empty in my copy (it was a table that did not survive), so I can't list them. "
                + $"It does name the {listed.Count} UN member states Montenegro has no diplomatic relations with: {string.Join(", ", listed)}.",
                question, sources);
        }

        return null;
    }

    private static bool Same(string a, string b) =>
        string.Equals(TextFolding.FoldToAscii(a).Trim(), TextFolding.FoldToAscii(b).Trim(), StringComparison.OrdinalIgnoreCase);
}
