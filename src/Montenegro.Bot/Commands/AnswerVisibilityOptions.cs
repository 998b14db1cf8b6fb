namespace Montenegro.Bot.Commands;

/// <summary>
/// Who sees command answers on Discord. Bound from the <c>Discord</c> section (<c>Discord:PublicAnswers</c>); listed in
/// <see cref="Hosting.BotSettings.Sections"/>, so a value that is not true or false stops the start with one line naming
/// the setting, in every mode.
/// </summary>
public sealed class AnswerVisibilityOptions
{
    /// <summary>
    /// Whether answers are posted for the channel (true, the default) or only for the asker. A command's
    /// <c>private</c> option overrides this; declines, errors and <c>/help</c> are private unless the user says otherwise.
    /// </summary>
    public bool PublicAnswers { get; set; } = true;
}
