namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>What a question asks for, whatever its words.</summary>
public enum Intent
{
    /// <summary>Nothing more specific: answered from the best-matching facts or passages.</summary>
    General,
    /// <summary>Who recognised Montenegro, and when.</summary>
    Recognition,
    /// <summary>Relations with a country.</summary>
    Relations,
    /// <summary>A step on the road into NATO.</summary>
    NatoMilestone,
    /// <summary>Opinion polls on NATO membership.</summary>
    Poll,
    /// <summary>A vote in parliament.</summary>
    Vote,
    /// <summary>Who a person is or what they did.</summary>
    Person,
    /// <summary>What happened.</summary>
    Event,
    /// <summary>A list of things.</summary>
    List,
    /// <summary>Two or more things set against each other.</summary>
    Comparison,
    /// <summary>How something changed over time.</summary>
    Trend,
    /// <summary>The highest, lowest, first or last of something.</summary>
    Superlative,
    /// <summary>How many.</summary>
    Count,
    /// <summary>How long between two events.</summary>
    Duration,
    /// <summary>Why something happened.</summary>
    Why,
    /// <summary>A yes/no question.</summary>
    YesNo,
    /// <summary>A greeting or thanks.</summary>
    SmallTalk,
    /// <summary>What the bot can do.</summary>
    Help,
}
