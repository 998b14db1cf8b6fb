namespace Montenegro.Bot.Commands;

/// <summary>The NATO milestones offered by <c>/nato</c>, each with the question that asks for it.</summary>
public static class NatoMilestones
{
    /// <summary>Milestone names (as shown to users) and the questions the engine answers for them.</summary>
    public static IReadOnlyList<(string Name, string Question)> All { get; } =
    [
        ("Partnership for Peace application", "When did Serbia and Montenegro apply to the Partnership for Peace?"),
        ("Partnership for Peace", "When did Montenegro join the Partnership for Peace?"),
        ("Transit agreement", "When did Montenegro sign the transit agreement with NATO?"),
        ("Intensified Dialogue", "When did Montenegro enter Intensified Dialogue with NATO?"),
        ("Individual Partnership Action Plan", "When did Montenegro adopt an Individual Partnership Action Plan?"),
        ("Adriatic Charter", "When was Montenegro invited to the Adriatic Charter?"),
        ("Membership Action Plan application", "When did Montenegro apply for a Membership Action Plan?"),
        ("Membership Action Plan", "When was Montenegro granted a Membership Action Plan?"),
        ("Invitation", "When did NATO formally invite Montenegro to join?"),
        ("Accession protocol", "When was the accession protocol signed?"),
        ("Coup attempt", "When was the coup attempt against Montenegro's NATO bid?"),
        ("US Senate vote", "When did the US Senate vote on the Resolution of Ratification for Montenegro?"),
        ("Domestic ratification", "When did Montenegro's parliament ratify the NATO accession treaty?"),
        ("Allied ratifications", "When did the allies ratify Montenegro's accession?"),
        ("Membership", "When did Montenegro join NATO?"),
        ("Flag raising", "When was the flag of Montenegro raised at NATO Headquarters?"),
    ];

    /// <summary>The milestones' names in Montenegrin, by English name (shown to users of the <c>hr</c> locale).</summary>
    public static IReadOnlyDictionary<string, string> MontenegrinNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Partnership for Peace application"] = "Prijava za Partnerstvo za mir",
        ["Partnership for Peace"] = "Partnerstvo za mir",
        ["Transit agreement"] = "Sporazum o tranzitu",
        ["Intensified Dialogue"] = "Intenzivirani dijalog",
        ["Individual Partnership Action Plan"] = "Individualni akcioni plan partnerstva",
        ["Adriatic Charter"] = "Jadranska povelja",
        ["Membership Action Plan application"] = "Prijava za Akcioni plan za članstvo",
        ["Membership Action Plan"] = "Akcioni plan za članstvo",
        ["Invitation"] = "Poziv",
        ["Accession protocol"] = "Protokol o pristupanju",
        ["Coup attempt"] = "Pokušaj državnog udara",
        ["US Senate vote"] = "Glasanje u Senatu SAD",
        ["Domestic ratification"] = "Ratifikacija u Skupštini",
        ["Allied ratifications"] = "Ratifikacije saveznica",
        ["Membership"] = "Članstvo",
        ["Flag raising"] = "Podizanje zastave",
    };

    /// <summary>The milestone whose name (English or Montenegrin) best matches what a user typed, if any.</summary>
    public static (string Name, string Question)? Find(string text)
    {
        var wanted = text.Trim();
        if (wanted.Length == 0)
        {
            return null;
        }

        if (MontenegrinNames.FirstOrDefault(n => string.Equals(Knowledge.Language.LanguageFolding.Fold(n.Value), Knowledge.Language.LanguageFolding.Fold(wanted), StringComparison.Ordinal)) is { Key: { } english })
        {
            wanted = english;
        }

        Func<string, bool>[] tests =
        [
            name => name.Equals(wanted, StringComparison.OrdinalIgnoreCase),
            name => Acronym(name).Equals(wanted, StringComparison.OrdinalIgnoreCase),
            name => name.Contains(wanted, StringComparison.OrdinalIgnoreCase),
        ];

        // The closest kind of match wins; among equals, the shortest name ("Membership Action Plan", not its application).
        foreach (var test in tests)
        {
            var match = All.Where(m => test(m.Name)).OrderBy(m => m.Name.Length).ToList();
            if (match.Count > 0)
            {
                return match[0];
            }
        }

        return null;
    }

    // "Membership Action Plan" is also typed "MAP".
    private static string Acronym(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
}
