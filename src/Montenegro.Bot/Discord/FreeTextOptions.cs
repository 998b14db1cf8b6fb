using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Validation;

namespace Montenegro.Bot.Discord;

/// <summary>
/// Answering plain messages. Bound from the <c>FreeText</c> configuration section and checked at start in every mode
/// by <see cref="Validator"/>.
/// </summary>
public sealed partial class FreeTextOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FreeText";

    /// <summary>Answer mentions, direct messages and questions in <see cref="Channels"/>. Needs the privileged Message Content intent.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Channel ids where any message that looks like a question is answered, without a mention.</summary>
    public List<ulong> Channels { get; set; } = [];

    /// <summary>
    /// After a burst of <see cref="Burst"/> questions, a user gets one more answer per this many seconds (a token bucket);
    /// 0 for no per-user limit.
    /// </summary>
    [RangeWithMessage(0, 3600, ErrorMessage = "FreeText:CooldownSeconds must be a whole number of seconds from 0 to 3600.")]
    public int CooldownSeconds { get; set; } = 10;

    /// <summary>Questions a user may ask in quick succession before <see cref="CooldownSeconds"/> applies.</summary>
    [RangeWithMessage(1, 50, ErrorMessage = "FreeText:Burst must be a whole number from 1 to 50.")]
    public int Burst { get; set; } = 3;

    /// <summary>
    /// Over a limit, a question is marked with ⏳ and answered when its turn comes if that is at most this many seconds
    /// away; further off, the asker gets a short notice instead.
    /// </summary>
    [RangeWithMessage(0, 50, ErrorMessage = "FreeText:MaxWaitSeconds must be a whole number of seconds from 0 to 50 (a message is handled for at most a minute).")]
    public int MaxWaitSeconds { get; set; } = 30;

    /// <summary>
    /// Answers per second one channel may get, whoever asks, so a single busy channel cannot take all of Discord's
    /// 50 requests per second (the rest stays for other channels, reactions and notices).
    /// </summary>
    [RangeWithMessage(1, 45, ErrorMessage = "FreeText:ChannelAnswersPerSecond must be a whole number from 1 to 45 (Discord allows a bot 50 requests per second in all).")]
    public int ChannelAnswersPerSecond { get; set; } = 40;

    /// <summary>Answers one channel may get at once before <see cref="ChannelAnswersPerSecond"/> applies.</summary>
    [RangeWithMessage(1, 200, ErrorMessage = "FreeText:ChannelBurst must be a whole number from 1 to 200.")]
    public int ChannelBurst { get; set; } = 40;

    /// <summary>What an annotation cannot say: every listed channel is a channel id.</summary>
    /// <param name="validationContext">The context (unused).</param>
    /// <returns>The problem, if any, naming the setting.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Channels.Contains(0UL))
        {
            yield return new ValidationResult("FreeText:Channels must hold Discord channel ids (numbers greater than 0).", [nameof(Channels)]);
        }
    }

    /// <summary>Checks the options at start (source-generated).</summary>
    [OptionsValidator]
    internal sealed partial class Validator : IValidateOptions<FreeTextOptions>;
}
