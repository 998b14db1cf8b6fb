using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>User installs, contexts, localizations and message context-menu commands, validated and registered.</summary>
public sealed class CommandRegistrationTests
{
    private static readonly ApplicationCommand Ask = new()
    {
        Name = "ask",
        Description = "Ask a question about Montenegro's foreign relations",
        DescriptionLocalizations = new Dictionary<string, string> { ["hr"] = "Postavite pitanje o vanjskim odnosima Crne Gore" },
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
        Contexts = [InteractionContextType.Guild, InteractionContextType.BotDirectMessage, InteractionContextType.PrivateChannel],
        Options =
        [
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.String,
                Name = "question",
                NameLocalizations = new Dictionary<string, string> { ["hr"] = "pitanje" },
                Description = "Your question",
                DescriptionLocalizations = new Dictionary<string, string> { ["hr"] = "Vaše pitanje" },
                Required = true,
            },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.Boolean,
                Name = "private",
                Description = "Only you see the answer",
            },
        ],
    };

    private static readonly ApplicationCommand AskAboutMessage = new()
    {
        Name = "Ask about this message",
        Type = ApplicationCommandType.Message,
        NameLocalizations = new Dictionary<string, string> { ["hr"] = "Pitaj o ovoj poruci" },
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
        Contexts = [InteractionContextType.Guild, InteractionContextType.BotDirectMessage, InteractionContextType.PrivateChannel],
    };

    [Fact]
    public async Task User_installable_localized_commands_and_a_message_command_are_registered_as_discord_expects()
    {
        await using var h = await BotHarness.StartAsync(bot: b => b.CommandSet = [Ask, AskAboutMessage]);

        var put = await h.Discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal));

        var commands = put.Json!.AsArray();
        var ask = commands[0]!;
        Assert.Equal("[0,1]", ask["integration_types"]!.ToJsonString());
        Assert.Equal("[0,1,2]", ask["contexts"]!.ToJsonString());
        Assert.Equal("Postavite pitanje o vanjskim odnosima Crne Gore", ask["description_localizations"]!["hr"]!.GetValue<string>());
        Assert.Equal("pitanje", ask["options"]![0]!["name_localizations"]!["hr"]!.GetValue<string>());
        Assert.Equal("Vaše pitanje", ask["options"]![0]!["description_localizations"]!["hr"]!.GetValue<string>());
        var menu = commands[1]!.AsObject();
        Assert.Equal(3, menu["type"]!.GetValue<int>());
        Assert.Equal("Ask about this message", menu["name"]!.GetValue<string>());
        Assert.False(menu.ContainsKey("description"));
        Assert.False(menu.ContainsKey("options"));
        Assert.Equal("Pitaj o ovoj poruci", menu["name_localizations"]!["hr"]!.GetValue<string>());
        Assert.Equal(200, put.Status);
    }

    [Fact]
    public void Valid_localized_and_context_menu_commands_pass()
    {
        Assert.Empty(ApplicationCommandValidator.Validate([Ask, AskAboutMessage]));
    }

    [Fact]
    public void Message_command_with_a_description_or_options_is_refused()
    {
        var errors = ApplicationCommandValidator.Validate([AskAboutMessage with { Description = "Asks" }]);

        Assert.Contains(errors, e => e.Contains("take no description or options", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_locale_and_overlong_or_upper_case_localizations_are_named()
    {
        var broken = Ask with
        {
            NameLocalizations = new Dictionary<string, string> { ["sr"] = "pitaj", ["hr"] = "Pitaj" },
            DescriptionLocalizations = new Dictionary<string, string> { ["hr"] = new string('d', 101) },
        };

        var errors = ApplicationCommandValidator.Validate([broken]);

        Assert.Contains(errors, e => e.Contains("'sr' is not a Discord locale", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("name for 'hr'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("description for 'hr'", StringComparison.Ordinal));
    }

    [Fact]
    public void Longest_localization_counts_toward_the_8000_character_limit()
    {
        var options = Enumerable.Range(0, 25).Select(i => new ApplicationCommandOption
        {
            Type = ApplicationCommandOptionType.String,
            Name = $"o{i}",
            Description = "short",
            DescriptionLocalizations = new Dictionary<string, string> { ["hr"] = new string('x', 100) },
            Choices = Enumerable.Range(0, 25).Select(c => new ApplicationCommandChoice($"c{c}", $"v{c}", new Dictionary<string, string> { ["hr"] = new string('y', 10) })).ToList(),
        }).ToList();

        var errors = ApplicationCommandValidator.Validate([Ask with { Options = options }]);

        Assert.Contains(errors, e => e.Contains("limit 8000", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_or_repeated_contexts_are_refused()
    {
        var errors = ApplicationCommandValidator.Validate([Ask with { Contexts = [], IntegrationTypes = [ApplicationIntegrationType.UserInstall, ApplicationIntegrationType.UserInstall] }]);

        Assert.Contains(errors, e => e.Contains("contexts must be", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("integration types must be", StringComparison.Ordinal));
    }
}
