namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>One earlier question of a conversation, its frame and what the answer named.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Frame">Its frame; <see cref="QuestionFrame.Text"/> is the question as answered.</param>
/// <param name="AnswerPeople">People the answer named, first named first (for "he" and "she").</param>
/// <param name="AnswerYears">Years the answer gave (for "the year after").</param>
/// <param name="AnswerPoll">The one poll the answer gave, as "the Ipsos poll of Oct 2015" (for "that one"); null for none or several.</param>
/// <param name="AnswerSource">The id of the answer's first source (for "and the EU?" answered from the same passage); null for none.</param>
/// <param name="AnswerDate">The date the answer gave, as its source writes it; null for none.</param>
/// <param name="AnswerText">The answer's text (for "who came after them?", told by the source's next sentence); null for a decline.</param>
/// <param name="AnswerIso">The date the answer gave, as ISO "2006-06-14" (for "how many days after Russia was that?"); null for none.</param>
public sealed record ConversationTurn(string Question, QuestionFrame Frame, IReadOnlyList<string> AnswerPeople, IReadOnlyList<int> AnswerYears, string? AnswerPoll = null, string? AnswerSource = null, string? AnswerDate = null, string? AnswerText = null, string? AnswerIso = null);
