using Montenegro.Bot.Knowledge.Frames;
using Montenegro.Bot.Knowledge.Language;

namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>Greetings, thanks, farewells and "what can you do": a short friendly reply, with an example question unless the user is leaving.</summary>
internal static class SmallTalk
{
    public const string Topics =
        "who recognised Montenegro's independence and when; its road into NATO (Partnership for Peace, the Membership Action Plan, the invitation, accession in 2017); opinion polls on NATO membership; its relations with Russia, China, the United States and Canada; and the parliament's vote on NATO's mission for Ukraine";

    public static Answer Reply(Question question, QuestionFrame frame)
    {
        if (frame.Intent == Intent.Help)
        {
            return new Answer(true, "help", "What I can answer",
                $"I answer questions about Montenegro's foreign relations from my cited sources: {Topics}. Ask in your own words, in English or Montenegrin, for example: \"When did Montenegro join NATO?\" or \"Who recognised Montenegro first, the US or the UK?\"",
                [], [], []);
        }

        if (question.Has(Cue.Farewell))
        {
            var goodbye = (question.Has(Cue.Thanks) ? "You're welcome. " : "") + "Goodbye! Come back any time with a question about Montenegro's foreign relations.";
            return new Answer(true, "farewell", "Goodbye", goodbye, [], [], []);
        }

        var text = question.Has(Cue.Thanks)
            ? "You're welcome! Ask me anything else about Montenegro's foreign relations, for example: \"How did support for NATO membership change over time?\""
            : "Hello! I answer questions about Montenegro's foreign relations: recognition of its independence, NATO membership, opinion polls and its relations with other countries. Try, for example: \"When did Russia recognise Montenegro?\"";
        return new Answer(true, "smalltalk", "Hello", text, [], [], []);
    }
}
