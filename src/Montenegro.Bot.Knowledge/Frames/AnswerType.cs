namespace Montenegro.Bot.Knowledge.Frames;

/// <summary>The kind of value a right answer holds.</summary>
public enum AnswerType
{
    /// <summary>Anything: a statement or a passage.</summary>
    Text,
    /// <summary>A date.</summary>
    Date,
    /// <summary>A number.</summary>
    Number,
    /// <summary>A person (or a body of people).</summary>
    Person,
    /// <summary>A country.</summary>
    Country,
    /// <summary>A list.</summary>
    List,
    /// <summary>Yes or no.</summary>
    YesNo,
    /// <summary>A cause or aim.</summary>
    Reason,
    /// <summary>A length of time.</summary>
    Duration,
}
