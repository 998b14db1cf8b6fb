using System.Text.RegularExpressions;
using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>
/// Reads opinion-poll figures from prose: "46 percent of Montenegro's populace supported NATO membership,
/// while 42 percent opposed it", "support at 47%, opposition at 39%, with the remaining 14% undecided",
/// "71.2 percent of Montenegrin Albanians and 68 percent of Montenegrin Bosniaks support membership".
/// Each share takes the stance word after it (or "support at" before it); a share without one takes the
/// stance of the share it is joined to by "and", or of the group share before it ("… while only 11.3 percent
/// of Montenegrin Serbs do").
/// </summary>
internal sealed partial class PollProseReader(PredicateLexicon lexicon)
{
    private const int StanceWindow = 6;
    private const int GroupWindow = 3;

    private enum Stance
    {
        None,
        For,
        Against,
        Undecided,
        Other,
    }

    /// <summary>The polls of <paramref name="sentence"/>, if it speaks of a poll with shares; <paramref name="pollsters"/> are the pollsters it names.</summary>
    public List<PollReading> Read(AnalysedSentence sentence, IReadOnlyList<LocatedMention> pollsters, int pollTrigger)
    {
        var shares = Share().Matches(sentence.Text)
            .Select(m => (Value: m.Groups["n"].Value, First: sentence.TokenAt(m.Index), Last: sentence.TokenAt(m.Index + m.Length) - 1))
            .ToList();
        if (shares.Count == 0)
        {
            return [];
        }

        var read = new List<(string Value, Stance Stance, Entity? Group, int First)>();
        for (var i = 0; i < shares.Count; i++)
        {
            var (value, first, last) = shares[i];
            var next = i + 1 < shares.Count ? shares[i + 1].First : sentence.Tokens.Count;
            var group = sentence.Mentions.FirstOrDefault(m => m.Entity.Type == EntityType.Group && m.First > last && m.First <= last + GroupWindow && m.First < next)?.Entity;
            read.Add((value, StanceOf(sentence, first, last, next), group, first));
        }

        // A share without a stance word: "71.2 percent of Albanians and 68 percent of Bosniaks support", "… only 11.3 percent of Serbs do".
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].Stance != Stance.None)
            {
                continue;
            }

            var joinedToNext = i + 1 < read.Count && read[i + 1].Stance != Stance.None
                && sentence.Tokens.Skip(read[i].First).Take(read[i + 1].First - read[i].First).Any(t => t.Lower == "and");
            var previousGroup = read.Take(i).LastOrDefault(r => r.Group is not null && r.Stance != Stance.None);
            var stance = joinedToNext ? read[i + 1].Stance : read[i].Group is not null && previousGroup.Value is not null ? previousGroup.Stance : Stance.None;
            read[i] = read[i] with { Stance = stance };
        }

        var pollster = pollsters.FirstOrDefault()?.Entity;
        var date = sentence.Dates.Where(d => !d.IsModifier).OrderBy(d => Math.Abs(sentence.TokenAt(d.Start) - pollTrigger)).FirstOrDefault()
            ?? sentence.Dates.FirstOrDefault();
        var readings = new List<PollReading>();
        var whole = read.Where(r => r.Group is null).ToList();
        if (whole.Count > 0)
        {
            readings.Add(new PollReading(
                pollster, null, First(whole, Stance.For), First(whole, Stance.Against), First(whole, Stance.Undecided), date,
                whole.Where(r => r.Stance == Stance.Other).Select(r => new FactFigure("share", r.Value + "%")).ToList()));
        }

        foreach (var g in read.Where(r => r.Group is not null && r.Stance is Stance.For or Stance.Against or Stance.Undecided))
        {
            readings.Add(new PollReading(
                pollster, g.Group, g.Stance == Stance.For ? g.Value : null, g.Stance == Stance.Against ? g.Value : null,
                g.Stance == Stance.Undecided ? g.Value : null, date, []));
        }

        return readings.Where(r => r.For is not null || r.Against is not null || r.Undecided is not null || r.Other.Count > 0).ToList();
    }

    private static string? First(List<(string Value, Stance Stance, Entity? Group, int First)> read, Stance stance) =>
        read.Where(r => r.Stance == stance).Select(r => r.Value).FirstOrDefault();

    private Stance StanceOf(AnalysedSentence sentence, int first, int last, int next)
    {
        var tokens = sentence.Tokens;

        // "support at 47%", "opposition at 39%"
        if (first >= 2 && tokens[first - 1].Lower == "at" && Match(tokens, first - 2, first - 1) is var before and not Stance.None)
        {
            return before;
        }

        var end = Math.Min(next, Math.Min(tokens.Count, last + 1 + StanceWindow));
        for (var i = last + 1; i < end; i++)
        {
            var stance = Match(tokens, i, end);
            if (stance == Stance.None)
            {
                continue;
            }

            // "72% of respondents support holding it": a share of something other than membership.
            var following = i + 1 < tokens.Count ? i + 1 : i;
            return lexicon.PollNotMembership.Any(p => p.Matches(tokens, following, Math.Min(tokens.Count, following + 2)).Any(m => m.First == following))
                ? Stance.Other
                : stance;
        }

        return Stance.None;
    }

    private Stance Match(IReadOnlyList<Token> tokens, int at, int end)
    {
        bool Starts(IReadOnlyList<TriggerPattern> words) => words.Any(w => w.Matches(tokens, at, Math.Min(end, at + w.Length)).Any(m => m.First == at));
        return Starts(lexicon.PollUndecided) ? Stance.Undecided
            : Starts(lexicon.PollAgainst) ? Stance.Against
            : Starts(lexicon.PollFor) ? Stance.For
            : Stance.None;
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)")]
    private static partial Regex Share();
}
