using Montenegro.Bot.Knowledge.Entities;
using Montenegro.Bot.Knowledge.Facts;

namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>The figures a sentence gives for one poll, for the whole population or one group of it.</summary>
/// <param name="Pollster">Who ran it, when the sentence names them.</param>
/// <param name="Group">The group the figures are about, or null for everyone polled.</param>
/// <param name="For">Share in favour of membership, as written.</param>
/// <param name="Against">Share against.</param>
/// <param name="Undecided">Share undecided.</param>
/// <param name="Date">When it was held.</param>
/// <param name="Other">Shares about something other than membership itself ("72% … support holding" a referendum).</param>
internal sealed record PollReading(
    Entity? Pollster, Entity? Group, string? For, string? Against, string? Undecided, DateMention? Date, IReadOnlyList<FactFigure> Other);
