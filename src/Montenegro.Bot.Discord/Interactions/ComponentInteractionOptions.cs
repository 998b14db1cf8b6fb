namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Texts for component interactions no handler claims (configure with <c>services.Configure&lt;ComponentInteractionOptions&gt;</c>).</summary>
public sealed class ComponentInteractionOptions
{
    /// <summary>Shown privately when a button, menu or form's custom id matches no handler (e.g. from an older version of the bot).</summary>
    public string ExpiredMessage { get; set; } = "This button has expired. Run the command again to get a fresh one.";
}
