namespace Montenegro.Bot.Knowledge.Facts;

/// <summary>One figure a fact states, as its source writes it.</summary>
/// <param name="Measure">What is counted or measured: "for", "against", "abstentions", "euros", "expelled".</param>
/// <param name="Value">The figure exactly as written: "44", "five", "160,385,964".</param>
public sealed record FactFigure(string Measure, string Value);
