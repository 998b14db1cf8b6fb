namespace Montenegro.Bot.Knowledge.Search;

/// <summary>
/// The synonym groups of this domain. Every phrase in a group is indexed and searched as the group's
/// canonical token, so "UK", "Britain" and "United Kingdom" all find the same passages.
/// </summary>
public static class DomainSynonyms
{
    /// <summary>Case-sensitive acronyms, applied before lower-casing so that "US" is not "us" and "MAP" is not "map".</summary>
    public static IReadOnlyDictionary<string, string[]> Acronyms { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["unitedstates"] = ["US", "U.S", "USA", "U.S.A"],
        ["unitedkingdom"] = ["UK", "U.K"],
        ["europeanunion"] = ["EU"],
        ["unitednations"] = ["UN", "U.N"],
        ["china"] = ["PRC"],
        ["membershipactionplan"] = ["MAP"],
        ["partnershipforpeace"] = ["PfP", "PFP"],
        ["individualpartnershipactionplan"] = ["IPAP"],
        ["democraticpartyofsocialists"] = ["DPS"],
    };

    /// <summary>Case-insensitive phrases, matched after lower-casing and accent folding.</summary>
    public static IReadOnlyDictionary<string, string[]> Phrases { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["unitedstates"] = ["united states", "united states of america", "america", "american", "americans"],
        ["unitedkingdom"] = ["united kingdom", "britain", "great britain", "british"],
        ["europeanunion"] = ["european union"],
        ["unitednations"] = ["united nations"],
        ["china"] = ["chinese", "people republic of china", "peoples republic of china"],
        ["russia"] = ["russian", "russians", "russian federation"],
        ["canada"] = ["canadian", "canadians"],
        ["recognise"] = ["recognize", "recognised", "recognized", "recognition", "recognises", "recognizes", "recognising", "recognizing"],
        ["poll"] = ["survey", "surveys", "polls", "polling", "opinion poll", "opinion polls"],
        ["membershipactionplan"] = ["membership action plan"],
        ["partnershipforpeace"] = ["partnership for peace"],
        ["individualpartnershipactionplan"] = ["individual partnership action plan"],
        ["democraticpartyofsocialists"] = ["democratic party of socialists"],

        // The acronym the sources write for a party, as one name with its full name ("SNP CG" and "Socialist People's
        // Party"); no word of English, so matched in any case ("the snp's position").
        ["socialistpeoplesparty"] = ["snp", "socialist people party", "socialist peoples party"],
        ["nato"] = ["north atlantic treaty organization", "north atlantic treaty organisation"],
        ["join"] = ["joined", "joining", "joins", "accede", "acceded", "accession"],
        ["ratify"] = ["ratified", "ratification", "ratifications", "ratifying"],
        ["defence"] = ["defense"],
        ["favour"] = ["favor", "favoured", "favored"],
        ["abstention"] = ["abstentions", "abstain", "abstained"],
        ["mp"] = ["mps", "lawmakers", "deputies", "legislators"],
        ["expel"] = ["expelled", "expulsion", "expulsions"],
        ["win"] = ["won", "wins", "winning", "winner"],

        // Irregular verbs the light stemmer leaves apart ("began" and "begin").
        ["begin"] = ["began", "begun", "begins", "beginning"],
        ["hold"] = ["held", "holds", "holding"],
        ["send"] = ["sent", "sends", "sending"],
        ["write"] = ["wrote", "written", "writes"],
        ["give"] = ["gave", "given", "gives"],
        ["take"] = ["took", "taken", "takes"],
        ["meet"] = ["met", "meets", "meeting"],
        ["say"] = ["said", "says"],
        ["lead"] = ["led", "leads", "leading"],
        ["make"] = ["made", "makes", "making"],
        ["flee"] = ["fled", "flees"],
        ["seek"] = ["sought", "seeks", "seeking"],

        ["aid"] = ["help", "helps", "helped", "helping", "assist", "assisted", "assisting", "assistance"],

        // "founded" is not "found" (as in "a poll found").
        ["foundation"] = ["founded", "founding", "founder", "founders", "establishment of nato"],
    };
}
