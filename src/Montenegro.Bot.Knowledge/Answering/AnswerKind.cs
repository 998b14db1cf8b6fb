namespace Montenegro.Bot.Knowledge.Answering;

/// <summary>What kind of answer it is, for renderers to choose colours, privacy and layout by.</summary>
public enum AnswerKind
{
    /// <summary>Stated from cited facts.</summary>
    Fact,
    /// <summary>Computed from cited facts: a comparison, a duration, a trend, several parts.</summary>
    Computed,
    /// <summary>The best-matching excerpts of the sources.</summary>
    Excerpts,
    /// <summary>The sources don't answer it.</summary>
    Decline,
    /// <summary>The question could not be taken (blank, unknown command, an error on the bot's side).</summary>
    Error,
    /// <summary>A greeting, thanks or farewell answered.</summary>
    SmallTalk,
    /// <summary>What the bot can do.</summary>
    Help,
    /// <summary>The list of sources.</summary>
    Sources,
}
