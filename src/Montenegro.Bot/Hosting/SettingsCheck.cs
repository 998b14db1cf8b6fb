using System.Collections;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Http;

namespace Montenegro.Bot.Hosting;

/// <summary>
/// Turns every way a setting can be wrong into one sentence that names it, shows its value (never a secret's) and says
/// what is accepted: values that do not convert to their type (checked before any host is built, since the
/// configuration binder would only throw a stack trace), and failures of the options validators at start.
/// </summary>
public static class SettingsCheck
{
    private const int MaxValueShown = 60;

    /// <summary>Throws <see cref="InvalidSettingsException"/> when any value the bot reads does not convert to its type.</summary>
    public static void ThrowIfUnconvertible(IConfiguration configuration)
    {
        var problems = ConversionProblems(configuration);
        if (problems.Count > 0)
        {
            throw new InvalidSettingsException(problems);
        }
    }

    /// <summary>Every value that does not convert to the type it binds to, or that the HTTP port cannot use.</summary>
    public static IReadOnlyList<string> ConversionProblems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        foreach (var (section, type) in BotSettings.Sections)
        {
            CheckObject(configuration.GetSection(section), type, problems);
        }

        CheckLogLevels(configuration.GetSection("Logging"), problems);
        if (HttpPort.From(configuration).Error is { } port)
        {
            problems.Add(port);
        }

        return problems;
    }

    /// <summary>The failures of options validation as sentences naming each setting with its value.</summary>
    public static IReadOnlyList<string> Describe(OptionsValidationException failure, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = BotSettings.SectionOf(failure.OptionsType);
        return failure.Failures.Select(f => Describe(f, section, configuration)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The one line for a start-up failure caused by settings, or null when <paramref name="error"/> is not one: invalid
    /// settings found before the host was built, or by the options validators at start (one or several options types).
    /// </summary>
    public static string? OneLine(Exception error, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            InvalidSettingsException e => e.Message,
            OptionsValidationException e => new InvalidSettingsException(Describe(e, configuration)).Message,
            AggregateException e when e.InnerExceptions.Count > 0 && e.InnerExceptions.All(i => i is OptionsValidationException) =>
                new InvalidSettingsException(e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => Describe(i, configuration)).ToList()).Message,
            _ => null,
        };
    }

    /// <summary>A value as shown in a message: quoted, on one line, shortened.</summary>
    public static string Shown(string? value)
    {
        if (value is null)
        {
            return "(not set)";
        }

        var sb = new StringBuilder("'");
        foreach (var c in value.Length > MaxValueShown ? value[..MaxValueShown] : value)
        {
            sb.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' ? '?' : c);
        }

        return sb.Append(value.Length > MaxValueShown ? "…'" : "'").ToString();
    }

    private static string Describe(string failure, string? section, IConfiguration configuration)
    {
        // The generated validators put the member names first ("GuildId: Discord:GuildId must be..."); the message
        // itself names the setting, so the prefix gives way to the values.
        var colon = failure.IndexOf(": ", StringComparison.Ordinal);
        var members = colon > 0 && failure[..colon].Split(", ").All(IsMemberName) ? failure[..colon].Split(", ") : [];
        var message = members.Length > 0 ? failure[(colon + 2)..] : failure;
        if (section is null || members.Length == 0)
        {
            return message;
        }

        var values = members.Select(m => $"{section}:{m}")
            .Select(key => BotSettings.Secrets.Contains(key)
                ? $"{key} is not shown (a secret)"
                : $"{key} is {Shown(configuration[key])}");
        return $"{message.TrimEnd('.')} ({string.Join(", ", values)}).";
    }

    private static bool IsMemberName(string text) => text.Length > 0 && text.All(char.IsAsciiLetterOrDigit);

    private static void CheckObject(IConfigurationSection section, Type type, List<string> problems)
    {
        foreach (var child in section.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is not null && property.GetIndexParameters().Length == 0)
            {
                CheckValue(child, property.PropertyType, problems);
            }
        }
    }

    private static void CheckValue(IConfigurationSection node, Type type, List<string> problems)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target == typeof(object))
        {
            return;
        }

        if (ElementType(target) is { } element)
        {
            foreach (var item in node.GetChildren())
            {
                CheckValue(item, element, problems);
            }

            return;
        }

        if (IsScalar(target))
        {
            if (node.Value is null)
            {
                return;
            }

            try
            {
                // The binder's own conversion, so that what passes here binds later.
                _ = node.Get(type);
            }
            catch (InvalidOperationException)
            {
                problems.Add(Unconvertible(node.Path, node.Value, Accepted(target)));
            }

            return;
        }

        if (target.IsClass)
        {
            CheckObject(node, target, problems);
        }
    }

    // "Logging:LogLevel:Default", "Logging:Console:LogLevel:Microsoft": the logging library parses these itself.
    private static void CheckLogLevels(IConfigurationSection logging, List<string> problems)
    {
        foreach (var (key, value) in logging.AsEnumerable())
        {
            var parts = key.Split(':');
            if (value is not null && parts.Length >= 3 && parts[^2].Equals("LogLevel", StringComparison.OrdinalIgnoreCase)
                && !Enum.TryParse<LogLevel>(value, ignoreCase: true, out _))
            {
                problems.Add(Unconvertible(key, value, Accepted(typeof(LogLevel))));
            }
        }
    }

    private static string Unconvertible(string key, string value, string accepted) =>
        BotSettings.Secrets.Contains(key)
            ? $"{key} (not shown, a secret) must be {accepted}."
            : $"{key} is {Shown(value)} but must be {accepted}.";

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type.GetGenericArguments() is [var element]
            ? element
            : null;
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(TimeSpan) || type == typeof(DateTimeOffset)
        || type == typeof(DateTime) || type == typeof(Uri) || type == typeof(Guid);

    private static string Accepted(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(ulong) => "a Discord id (a whole number from 1 to 18446744073709551615)",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(uint) || type == typeof(short) || type == typeof(byte) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number such as 2.5",
        _ when type == typeof(TimeSpan) => "a duration written [d.]hh:mm:ss[.fff], e.g. 00:00:02.5 for 2.5 seconds",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => $"a {type.Name}",
    };
}
