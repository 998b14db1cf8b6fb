using Montenegro.Bot.Discord.Interactions;

namespace Montenegro.Bot.Discord.Components;

/// <summary>The polite private notes a click gets when it cannot be answered as asked.</summary>
public static class ComponentNotes
{
    /// <summary>The answer reads differently now (the sources were reloaded since it was given).</summary>
    public const string Stale = "This answer is out of date: my sources have changed since it was given. Ask the question again for a fresh answer.";

    /// <summary>The id could not be read (damaged, or made by hand).</summary>
    public const string Unreadable = "I couldn't read this button. Ask the question again for a fresh answer.";

    /// <summary>The chart could not be drawn in time.</summary>
    public const string ChartUnavailable = "The chart isn't ready right now. Try the button again in a moment.";

    /// <summary>A private note answering a click.</summary>
    public static InteractionResponse Note(string text) => InteractionResponse.Message(InteractionReply.Text(text, ephemeral: true));
}
