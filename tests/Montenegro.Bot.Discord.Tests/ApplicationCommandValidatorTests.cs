using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Tests;

public sealed class ApplicationCommandValidatorTests
{
    private static ApplicationCommandOption Option(string name, bool required = false) =>
        new() { Type = ApplicationCommandOptionType.String, Name = name, Description = "An option", Required = required };

    [Fact]
    public void Valid_commands_pass()
    {
        var commands = new[]
        {
            new ApplicationCommand { Name = "weather", Description = "Shows the weather", Options = [Option("city", required: true), Option("units")] },
            new ApplicationCommand { Name = "čas-ура_1", Description = "Unicode names are allowed" },
        };

        Assert.Empty(ApplicationCommandValidator.Validate(commands));
    }

    [Theory]
    [InlineData("Weather", "Shows", "name 'Weather' must be 1-32 lower-case")]
    [InlineData("has space", "Shows", "name 'has space'")]
    [InlineData("a-name-that-is-much-longer-than-32-chars", "Shows", "must be 1-32")]
    [InlineData("ok", "", "description must be 1-100 characters (was 0)")]
    public void Bad_names_and_descriptions_are_reported_with_the_command(string name, string description, string expected)
    {
        var errors = ApplicationCommandValidator.Validate([new ApplicationCommand { Name = name, Description = description }]);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal) && e.Contains($"command '{name}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Required_option_after_an_optional_one_is_reported()
    {
        var errors = ApplicationCommandValidator.Validate(
            [new ApplicationCommand { Name = "x", Description = "x", Options = [Option("a"), Option("b", required: true)] }]);

        var error = Assert.Single(errors);
        Assert.Contains("option 'b': required options must come before optional ones", error, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_25_options_and_long_descriptions_are_reported()
    {
        var options = Enumerable.Range(0, 26).Select(i => Option($"o{i}")).ToList();
        var errors = ApplicationCommandValidator.Validate(
            [new ApplicationCommand { Name = "x", Description = new string('d', 101), Options = options }]);

        Assert.Contains(errors, e => e.Contains("26 options (limit 25)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("description must be 1-100 characters (was 101)", StringComparison.Ordinal));
    }

    [Fact]
    public void Choices_with_autocomplete_and_duplicate_commands_are_reported()
    {
        var option = Option("a") with { Autocomplete = true, Choices = [new ApplicationCommandChoice("one", "1")] };
        var command = new ApplicationCommand { Name = "x", Description = "x", Options = [option] };

        var errors = ApplicationCommandValidator.Validate([command, command]);

        Assert.Contains(errors, e => e.Contains("choices and autocomplete cannot be combined", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("command 'x' is defined 2 times", StringComparison.Ordinal));
        var thrown = Assert.Throws<InvalidOperationException>(() => ApplicationCommandValidator.ThrowIfInvalid([command]));
        Assert.Contains("command 'x'", thrown.Message, StringComparison.Ordinal);
    }
}
