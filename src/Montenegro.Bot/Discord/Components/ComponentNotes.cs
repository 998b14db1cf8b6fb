using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Components;

/// <summary>The polite private notes a click gets when it cannot be answered as asked, in the clicker's language.</summary>
public static class ComponentNotes
{
    /// <summary>The answer reads differently now (the sources were reloaded since it was given).</summary>
    public static readonly LocalizedText Stale = new(
        "This answer is out of date: my sources have changed since it was given. Ask the question again for a fresh answer.",
        "Ovaj odgovor je zastario: moji izvori su se promijenili otkad je dat. Postavite pitanje ponovo za svjež odgovor.");

    /// <summary>The id could not be read (damaged, or made by hand).</summary>
    public static readonly LocalizedText Unreadable = new(
        "I couldn't read this button. Ask the question again for a fresh answer.",
        "Ne mogu da pročitam ovo dugme. Postavite pitanje ponovo za svjež odgovor.");

    /// <summary>The chart could not be drawn in time.</summary>
    public static readonly LocalizedText ChartUnavailable = new(
        "The chart isn't ready right now. Try the button again in a moment.",
        "Grafikon trenutno nije spreman. Pokušajte ponovo za trenutak.");

    /// <summary>A private note answering a click.</summary>
    public static InteractionResponse Note(string text) => InteractionResponse.Message(InteractionReply.Text(text, ephemeral: true));

    /// <summary>A private note answering <paramref name="interaction"/>, in its user's language (their client's locale).</summary>
    public static InteractionResponse Note(LocalizedText text, DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(interaction);
        return Note(text.In(LanguageOf(interaction)));
    }

    /// <summary>The language of the user behind <paramref name="interaction"/>: their client's locale.</summary>
    public static CommandLanguage LanguageOf(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return CommandLanguages.FromLocale(interaction.Locale);
    }
}
