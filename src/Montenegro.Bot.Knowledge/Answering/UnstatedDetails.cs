using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>
/// The details a question may ask of something the sources tell of (a poll's margin of error, a protest's crowd, an
/// election's turnout) with the words a passage needs to state each, and the verbs that ask what someone said, kept in
/// <c>data/unstated.json</c>. A passage on the right topic that lacks the detail asked is no answer: see
/// <see cref="UnstatedDetail"/> and <see cref="AbsentSpeaker"/>.
/// </summary>
/// <param name="Details">The details, each with the phrases that ask for it and the words that would state it.</param>
/// <param name="SayingVerbs">Verbs after which the question's words before them name who said it ("what did X say").</param>
/// <param name="UntilWords">Words closing a period a passage tells of ("up to 2018"): what came after it is not told.</param>
/// <param name="Precisions">How precisely a question may ask a date ("exact day", "which month"), with the phrases that ask it.</param>
/// <param name="ThwartingWords">
/// Words by which a passage says an event of someone was stopped ("vetoed", "blocked"): what it dates of them is not the event.
/// </param>
/// <param name="Opposites">
/// Pairs of opposite deeds, each the forms of its verb ("open", "opened" against "close", "closed"): a passage telling of one
/// does not answer when the other happened.
/// </param>
/// <param name="FirstWords">Words asking when something first happened ("first", "for the first time").</param>
/// <param name="RepeatedWords">
/// Words by which a passage tells of a deed as repeated ("on numerous occasions"): it dates no first time.
/// </param>
public sealed record UnstatedDetails(
    IReadOnlyList<UnstatedDetails.Detail> Details,
    IReadOnlyList<string> SayingVerbs,
    IReadOnlyList<string>? UntilWords = null,
    IReadOnlyList<UnstatedDetails.Precision>? Precisions = null,
    IReadOnlyList<string>? ThwartingWords = null,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>>? Opposites = null,
    IReadOnlyList<string>? FirstWords = null,
    IReadOnlyList<string>? RepeatedWords = null)
{
    /// <summary>The file inside the data directory.</summary>
    public const string FileName = "unstated.json";

    /// <summary>No details, no verbs: nothing is declined for lacking them.</summary>
    public static UnstatedDetails Empty { get; } = new([], [], []);

    /// <summary>One detail a question may ask.</summary>
    /// <param name="Name">How a decline names it ("margin of error").</param>
    /// <param name="Asked">Phrases that ask for it; <c>*</c> stands for up to three words.</param>
    /// <param name="Stated">Words or phrases a passage stating it would use.</param>
    /// <param name="Counted">Whether a stated word counts only next to a number ("3,000 protesters", not "large protests").</param>
    public sealed record Detail(string Name, IReadOnlyList<string> Asked, IReadOnlyList<string> Stated, bool Counted = false)
    {
        private List<List<string>>? _askedWords;
        private List<List<string>>? _statedWords;

        // The phrases as words, split once rather than for every answer the engine weighs.
        internal IReadOnlyList<List<string>> AskedWords => _askedWords ??= Asked.Select(UnstatedDetail.Words).ToList();

        internal IReadOnlyList<List<string>> StatedWords => _statedWords ??= Stated.Select(UnstatedDetail.Words).ToList();
    }

    /// <summary>A precision of date a question may ask.</summary>
    /// <param name="Name">How a decline names it ("exact day").</param>
    /// <param name="Asked">Phrases that ask for it; <c>*</c> stands for up to three words.</param>
    /// <param name="Needs">What a stated date must give: <c>day</c> (day and month) or <c>month</c>.</param>
    public sealed record Precision(string Name, IReadOnlyList<string> Asked, string Needs)
    {
        private List<List<string>>? _askedWords;

        internal IReadOnlyList<List<string>> AskedWords => _askedWords ??= Asked.Select(UnstatedDetail.Words).ToList();

        /// <summary>Whether a date must give its day, not only its month.</summary>
        internal bool NeedsDay => string.Equals(Needs, "day", StringComparison.OrdinalIgnoreCase);
    }

    private Regex? _speakerPattern;
    private Regex? _untilPattern;

    /// <summary>
    /// "did|does|… WHO &lt;saying verb&gt;", built once from <see cref="SayingVerbs"/>: the group <c>who</c> holds up to four
    /// words naming who said it.
    /// </summary>
    internal Regex SpeakerPattern => _speakerPattern ??= new Regex(
        $@"\b(?:did|does|do|has|have|had|will|would)\s+(?<who>[\p{{L}}'’.-]+(?:\s+[\p{{L}}'’.-]+){{0,3}}?)\s+(?:{string.Join('|', SayingVerbs.Select(Regex.Escape))})\b",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// "&lt;until word&gt; [day] [month] YEAR", built once from <see cref="UntilWords"/>, or null when there are none: the group
    /// <c>year</c> closes the period a passage tells of ("up to 2018").
    /// </summary>
    internal Regex? UntilPattern => UntilWords is not { Count: > 0 } words ? null : _untilPattern ??= new Regex(
        $@"\b(?:{string.Join('|', words.Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)))})\s+(?:(?:[0-9]{{1,2}}\s+)?\p{{L}}+\s+)?(?<year>(?:19|20)[0-9]{{2}})\b",
        RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>Reads <paramref name="path"/>; a missing file gives <see cref="Empty"/>.</summary>
    public static UnstatedDetails Load(string path) =>
        DataFileJson.Read(path, UnstatedJsonContext.Default.UnstatedDetails) ?? Empty;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(UnstatedDetails))]
internal sealed partial class UnstatedJsonContext : JsonSerializerContext;
