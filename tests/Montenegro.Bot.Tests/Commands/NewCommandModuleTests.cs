using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Discord;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>A command is one class: a module the bot has never seen is registered, routed, typed and listed.</summary>
[Collection(EngineCollection.Name)]
public sealed class NewCommandModuleTests(EngineFixture fixture)
{
    private static CommandCatalog CatalogWithEcho()
    {
        var services = new ServiceCollection();
        services.AddBotCommands(new ConfigurationBuilder().Build(), typeof(EchoModule).Assembly);
        return services.BuildServiceProvider().GetRequiredService<CommandCatalog>();
    }

    [Fact]
    public void A_new_module_is_registered_with_discord_with_private_and_montenegrin_descriptions()
    {
        var commands = new BotApplicationCommands(CatalogWithEcho()).GetCommands();

        var echo = Assert.Single(commands, c => c.Name == "echo");
        Assert.Equal("Ponavlja vaše riječi", echo.DescriptionLocalizations![DiscordLocales.Croatian]);
        Assert.Equal(["words", CommandOptions.PrivateName], echo.Options.Select(o => o.Name));
        Assert.Empty(ApplicationCommandValidator.Validate(commands));
        Assert.Contains(commands, c => c.Name == "poll");
    }

    [Fact]
    public async Task A_new_module_answers_on_discord_and_in_the_console()
    {
        var catalog = CatalogWithEcho();
        var router = new CommandRouter(fixture.Engine, catalog);

        Assert.True(CommandLineParser.TryParse("/echo hello there", catalog, out var name, out var options));
        Assert.Equal("You said: hello there", router.Run(name, options).Text);
        var reply = await new BotInteractionHandler(fixture.State, catalog).HandleCommandAsync(InteractionCalls.Slash("echo", null, ("words", "hi")), CancellationToken.None);
        Assert.Equal("You said: hi", reply.Embeds[0].Description);
        Assert.Contains("/echo words: Repeats your words", router.Run("help", new Dictionary<string, string>()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_commands_do_not_include_a_test_module()
    {
        Assert.DoesNotContain(CommandCatalog.BuiltIn.Commands, c => c.Name == "echo");
        Assert.Empty(ApplicationCommandValidator.Validate(CommandCatalog.BuiltIn.Registrations));
    }

    [Fact]
    public void A_failing_module_gives_the_polite_reply_and_one_log_line_each()
    {
        var logs = new CapturingLoggerProvider();
        var router = new CommandRouter(fixture.Engine, new CommandCatalog([new FailingModule()]), logs.CreateLogger("commands"));

        Assert.Same(AnswerEngine.SomethingWentWrong, router.Run("fail", new Dictionary<string, string>()));
        Assert.Empty(router.Complete("fail", "x", "y"));
        Assert.Equal(2, logs.Entries.Count(e => e.Level == LogLevel.Error));
        Assert.All(logs.Entries, e => Assert.Null(e.Exception));
        Assert.Contains("broken module", logs.AllText, StringComparison.Ordinal);
    }

    /// <summary>The whole of a new command: this class.</summary>
    [CommandModule(5)]
    internal sealed class EchoModule : BotCommand
    {
        public override string Name => "echo";

        public override string Usage => "/echo words";

        public override LocalizedText Summary { get; } = new("Repeats your words", "Ponavlja vaše riječi");

        public override IReadOnlyList<ApplicationCommandOption> Options { get; } =
            [CommandOptions.Text("words", new("What to repeat", "Šta da ponovim"), required: true)];

        public override CommandOutcome Run(CommandCall call) =>
            new(new Answer(true, "echo", "Echo", $"You said: {call.Option("words")}", [], [], []));
    }

    private sealed class FailingModule : BotCommand
    {
        public override string Name => "fail";

        public override string Usage => "/fail";

        public override LocalizedText Summary { get; } = new("Fails", "Ne uspijeva");

        public override CommandOutcome Run(CommandCall call) => throw new InvalidOperationException("broken module");

        public override IReadOnlyList<string> Complete(CommandCall call, string option, string typed) => throw new InvalidOperationException("broken completion");
    }
}
