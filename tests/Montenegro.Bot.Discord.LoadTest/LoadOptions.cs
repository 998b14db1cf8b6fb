using System.Globalization;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>Command line of the load tool; every setting has the default.</summary>
internal sealed record LoadOptions
{
    public IReadOnlyList<BotKind> Bots { get; init; } = [BotKind.Ours, BotKind.DiscordJs];

    public int Runs { get; init; } = 3;

    public int Commands { get; init; } = 2000;

    public int InFlight { get; init; } = 50;

    /// <summary>Every Nth slash command is <c>/poll year:2016</c> (answered with its chart attached) instead of /ask; 0 for none.</summary>
    public int PollEvery { get; init; }

    public int Mentions { get; init; } = 200;

    /// <summary>Mentions sent per second. Discord's global REST limit is 50/s and both clients queue behind it,
    /// so a faster pace would measure the queue, not the bot.</summary>
    public int MentionsPerSecond { get; init; } = 40;

    /// <summary>How long a dispatch may wait for its answer before it counts as an error.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Hard bound on one run (start, warm-up, both phases); the bot is killed when it expires.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public string? RepoRoot { get; init; }

    /// <summary>The pause between the commands and the mentions, over which the bot's idle CPU is measured.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(3);

    public const string Usage =
        "Usage: dotnet run -c Release --project tests/Montenegro.Bot.Discord.LoadTest -- " +
        "[--bot ours|discordjs|both] [--runs 3] [--commands 2000] [--in-flight 50] [--poll-every 0] [--mentions 200] " +
        "[--mention-rate 40] [--settle-s 3] [--run-timeout-s 180] [--repo PATH]";

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--bot" => options with { Bots = ParseBots(value) },
                "--runs" => options with { Runs = Positive(value) },
                "--commands" => options with { Commands = Positive(value) },
                "--in-flight" => options with { InFlight = Positive(value) },
                "--poll-every" => options with { PollEvery = Positive(value) },
                "--mentions" => options with { Mentions = Positive(value) },
                "--mention-rate" => options with { MentionsPerSecond = Positive(value) },
                "--run-timeout-s" => options with { RunTimeout = TimeSpan.FromSeconds(Positive(value)) },
                "--repo" => options with { RepoRoot = value },
                "--settle-s" => options with { Settle = TimeSpan.FromSeconds(int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException($"--settle-s needs a whole number of seconds, got {value}.")) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }

        return options;
    }

    private static BotKind[] ParseBots(string value) => value switch
    {
        "ours" => [BotKind.Ours],
        "discordjs" => [BotKind.DiscordJs],
        "both" => [BotKind.Ours, BotKind.DiscordJs],
        _ => throw new ArgumentException($"--bot must be ours, discordjs or both (got {value})."),
    };

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"Expected a positive number, got {value}.");
}
