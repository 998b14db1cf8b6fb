using System.ComponentModel.DataAnnotations;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// <see cref="RangeAttribute"/> itself, so that its <see cref="ValidationAttribute.ErrorMessage"/> (which names the
/// setting) is kept: the options source generator replaces a plain [Range] with a copy that drops the message
/// (dotnet/runtime#123137), but uses a derived attribute as it is. Public so that the bot's own options use the
/// same attribute rather than a copy.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RangeWithMessageAttribute : RangeAttribute
{
    /// <summary>A range of whole numbers.</summary>
    /// <param name="minimum">Smallest value accepted.</param>
    /// <param name="maximum">Largest value accepted.</param>
    public RangeWithMessageAttribute(int minimum, int maximum)
        : base(minimum, maximum)
    {
    }

    /// <summary>A range of values of <paramref name="type"/>, its limits read in the invariant culture.</summary>
    /// <param name="type">Type of the values.</param>
    /// <param name="minimum">Smallest value accepted.</param>
    /// <param name="maximum">Largest value accepted.</param>
    public RangeWithMessageAttribute(Type type, string minimum, string maximum)
        : base(type, minimum, maximum)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }
}
