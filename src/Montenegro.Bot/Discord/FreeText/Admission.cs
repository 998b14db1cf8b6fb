namespace Montenegro.Bot.Discord.FreeText;

/// <summary>What the rate limiter decides for one question.</summary>
/// <param name="Kind">Answer now, after a wait, or not.</param>
/// <param name="Wait">For <see cref="AdmissionKind.Later"/>, how long until the question's turn; for
/// <see cref="AdmissionKind.Refused"/>, how long until one more would be taken.</param>
/// <param name="FirstRefusal">For <see cref="AdmissionKind.Refused"/>: the first refusal since the asker was last answered,
/// which gets a written notice (later ones a reaction, so a flood does not become a flood of notices).</param>
public readonly record struct Admission(AdmissionKind Kind, TimeSpan Wait, bool FirstRefusal = false);
