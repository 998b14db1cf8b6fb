using System.ComponentModel.DataAnnotations;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>
/// <see cref="RangeAttribute"/> itself, so that its <see cref="ValidationAttribute.ErrorMessage"/> (which names the
/// setting) is kept: the options source generator replaces a plain [Range] with a copy that drops the message
/// (dotnet/runtime#123137), but uses a derived attribute as it is.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RangeWithMessageAttribute : RangeAttribute
{
    public RangeWithMessageAttribute(Type type, string minimum, string maximum)
        : base(type, minimum, maximum)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }
}
