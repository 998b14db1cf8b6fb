using System.ComponentModel.DataAnnotations;

namespace Montenegro.Bot.Validation;

/// <summary>
/// <see cref="RangeAttribute"/> itself, so that its <see cref="ValidationAttribute.ErrorMessage"/> (which names the
/// setting) is kept: the options source generator replaces a plain [Range] with a copy that drops the message
/// (dotnet/runtime#123137), but uses a derived attribute as it is. One source file, compiled into each project
/// whose options need it (see the projects' Compile items), rather than a copy per project.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RangeWithMessageAttribute : RangeAttribute
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
