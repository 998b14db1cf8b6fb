using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Commands.Modules;

/// <summary><c>/nato [milestone]</c>: Montenegro's road into NATO, or one milestone.</summary>
[CommandModule(30)]
public sealed class NatoModule : BotCommand
{
    /// <inheritdoc />
    public override string Name => "nato";

    /// <inheritdoc />
    public override string Usage => "/nato [milestone]";

    /// <inheritdoc />
    public override LocalizedText Summary { get; } = new(
        "Montenegro's road into NATO, or one milestone",
        "Put Crne Gore u NATO, ili jedan njegov korak");

    /// <inheritdoc />
    public override IReadOnlyList<ApplicationCommandOption> Options { get; } =
    [
        new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.String,
            Name = "milestone",
            Description = "One step on the way; leave empty for the whole timeline",
            DescriptionLocalizations = CommandOptions.Montenegrin("Jedan korak na tom putu; prazno za cijeli tok"),
            Choices = NatoMilestones.All.Take(25)
                .Select(m => new ApplicationCommandChoice(m.Name, m.Name, NatoMilestones.MontenegrinNames.TryGetValue(m.Name, out var local) ? CommandOptions.Montenegrin(local) : null))
                .ToList(),
        },
    ];

    /// <inheritdoc />
    public override CommandOutcome Run(CommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Option("milestone") is not { } typed)
        {
            return new(call.Remember(Name, () => call.Language == CommandLanguage.Montenegrin
                ? MontenegrinAnswers.NatoTimeline(call.Engine, call.Engine.NatoTimeline())
                : call.Engine.NatoTimeline()));
        }

        if (NatoMilestones.Find(typed) is { } known)
        {
            return new(call.AskKnownInCallLanguage(known.Question));
        }

        var montenegrin = call.Language == CommandLanguage.Montenegrin;
        var names = NatoMilestones.All.Select(m => montenegrin ? NatoMilestones.MontenegrinNames[m.Name] : m.Name).ToList();
        var nearest = DidYouMean.Nearest(typed, NatoMilestones.All.Select(m => m.Name).Concat(NatoMilestones.MontenegrinNames.Values))
            .Select(n => NatoMilestones.Find(n)!.Value.Name)
            .Select(n => montenegrin ? NatoMilestones.MontenegrinNames[n] : n)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new(DidYouMean.Milestone(typed, nearest, names, call.Language));
    }
}
