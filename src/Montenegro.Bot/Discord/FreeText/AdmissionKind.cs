namespace Montenegro.Bot.Discord.FreeText;

/// <summary>The rate limiter's decision for one question.</summary>
public enum AdmissionKind
{
    /// <summary>Answer at once.</summary>
    Now,

    /// <summary>Answer once the question's turn comes (its place is already taken).</summary>
    Later,

    /// <summary>Its turn is further off than anyone should wait: tell the asker.</summary>
    Refused,
}
