using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;

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

    /// <summary>Seconds a user waits between two answered messages.</summary>
    [RangeWithMessage(0, 3600, ErrorMessage = "FreeText:CooldownSeconds must be a whole number of seconds from 0 to 3600.")]
    public int CooldownSeconds { get; set; } = 10;

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
