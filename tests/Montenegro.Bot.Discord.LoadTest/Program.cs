using System.Globalization;
using Montenegro.Bot.Discord.LoadTest;

// Load tool: hosts the fake Discord and drives a bot running as a separate process (ours or the discord.js
// baseline), several runs each, and prints the medians against the issue's targets. See LoadOptions.Usage.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var launcher = new BotLauncher(BotLauncher.FindRepoRoot(options.RepoRoot));
var missing = options.Bots.Select(launcher.MissingPrerequisite).OfType<string>().ToList();
if (missing.Count > 0)
{
    missing.ForEach(Console.Error.WriteLine);
    return 2;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Per run: {options.Commands} slash commands (/ask{(options.PollEvery > 0 ? $", every {options.PollEvery}th one /poll with its chart" : string.Empty)}, {options.InFlight} in flight, answer within {options.AnswerTimeout.TotalSeconds:F0} s), " +
    $"then {options.Mentions} mentions paced at {options.MentionsPerSecond}/s (under Discord's 50 requests/s global REST limit, " +
    $"which both clients enforce, so the pace measures the bot and not its rate-limit queue); {Environment.ProcessorCount} cores."));

var results = new List<RunResult>();
var failed = 0;
for (var run = 1; run <= options.Runs; run++)
{
    // Bots alternate within a round so machine noise spreads over both.
    foreach (var bot in options.Bots)
    {
        using var bound = new CancellationTokenSource(options.RunTimeout);
        try
        {
            var result = await new LoadRun(options, launcher, bot).ExecuteAsync(bound.Token).WaitAsync(options.RunTimeout + TimeSpan.FromSeconds(30));
            results.Add(result);
            ResultTable.PrintRun(result, run);
        }
        catch (Exception e)
        {
            failed++;
            Console.Error.WriteLine($"  {bot} run {run} failed: {e.Message}");
        }
    }
}

if (results.Count > 0)
{
    ResultTable.PrintMedians(results);
}

return failed == 0 && results.All(r => r.Errors == 0) ? 0 : 1;
