namespace Montenegro.Bot.Benchmarks;

/// <summary>
/// 30 questions written in other words than data/*.txt, each with fragments of the passage(s) that
/// answer it. A hit is a passage that contains any of the fragments.
/// </summary>
internal static class SemanticQueries
{
    public static IReadOnlyList<(string Question, string[] Answers)> All { get; } =
    [
        ("When did Montenegro enter the North Atlantic alliance?", ["took place on 5 June 2017", "became the 29th member of NATO"]),
        ("When did the people vote to leave the union with Serbia?", ["In a referendum on 21 May 2006"]),
        ("Which permanent Security Council member was first to accept Montenegro as a state?", ["Russia gave official recognition on 11 June 2006"]),
        ("On what date did Britain acknowledge the new country?", ["The United Kingdom extended recognition on 13 June"]),
        ("When was Montenegro let into the UN?", ["to which it was admitted on 28 June 2006", "On June 28, 2006, Montenegro was added"]),
        ("How much did commerce between the Chinese and Montenegro come to in 2015?", ["total trade between the two countries amounted to"]),
        ("When did Beijing upgrade its consulate in Podgorica?", ["China transformed its consulate into an embassy"]),
        ("Which states have no diplomatic ties with Montenegro?", ["does not maintain diplomatic relations with the following"]),
        ("Who is the Russian intelligence agent who kept travelling to Montenegro?", ["GRU officer Igor Zaytsev"]),
        ("How many of Moscow's envoys were thrown out in 2022?", ["five diplomats expelled"]),
        ("Which former security-service colonel did Podgorica decline to hand over to Russia?", ["refused to extradite Dmitry Senin"]),
        ("Which American lawmakers came on an official trip in August 2006?", ["six U.S. Senators"]),
        ("What did the US defence chief seek when he visited?", ["Defense Secretary Donald Rumsfeld paid an official visit"]),
        ("Why did ties with Moscow cool after 2010?", ["relations slipped from 2010"]),
        ("Who tried to overthrow the government in 2016?", ["attempt to stage a coup", "failed Russian military coup in October 2016"]),
        ("When was the membership action plan approved?", ["was granted in December 2009", "In December 2009, Montenegro was granted a Membership Action Plan", "| Membership Action Plan | 2009-12-04 |"]),
        ("How many troops did Montenegro deploy to Afghanistan?", ["deployed 40 soldiers"]),
        ("Which Russian politician said the country would become a missile target?", ["Mikhail Degtyarev"]),
        ("Which neighbouring governments wrote to the alliance's secretary general in 2014?", ["the Slovenian (Karel Erjavec"]),
        ("When did the American upper chamber vote to ratify the accession?", ["The United States Senate voted on the Resolution of Ratification"]),
        ("What share of people backed joining in CEDEM's June 2017 survey?", ["| June 2017 | CEDEM |"]),
        ("Why are many Montenegrins against the alliance?", ["The memory of NATO's 1999 bombing campaign"]),
        ("What is the main opposition party's position on joining?", ["has remained ambiguous on the question of NATO membership"]),
        ("Which party has ruled since 1991 and won the 2016 vote?", ["which had governed Montenegro since 1991"]),
        ("How many deputies supported sending soldiers to the Ukraine training mission?", ["passed with 44 votes in favor"]),
        ("How did Russia's diplomats react to the parliament's decision on the Ukraine mission?", ["The Russian Embassy in Podgorica wasted no time"]),
        ("What deal with Kyiv must Montenegro ratify next?", ["ratification of a security cooperation agreement with Ukraine"]),
        ("When did Ottawa establish relations with Montenegro?", ["Canadian Foreign Minister Peter MacKay"]),
        ("Which cooperation programme with the alliance did the joint Serbian-Montenegrin state apply for in 2003?", ["applied to NATO's Partnership for Peace"]),
        ("When did the country proclaim its independence?", ["confirmed with a declaration of independence", "Montenegro declared independence on 3 June 2006"]),
    ];
}
