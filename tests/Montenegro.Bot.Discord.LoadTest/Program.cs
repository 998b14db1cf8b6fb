using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.LoadTest;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Testing;

// Drives the Discord layer over the in-process fake Discord and reports dispatch -> answer latency.
// Usage: dotnet run -c Release --project tests/Montenegro.Bot.Discord.LoadTest [commands] [inFlight] [messages]
var commands = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var inFlight = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var messages = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;

await using var discord = await FakeDiscord.StartAsync();
var bot = new LoadBot();
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Discord:Token"] = discord.Token,
    ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
});
builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton<IInteractionHandler>(bot);
builder.Services.AddSingleton<IMessageHandler>(bot);
builder.Services.AddSingleton<IApplicationCommandSource>(bot);
builder.Services.AddDiscordBot(builder.Configuration.GetSection("Discord"));
using var host = builder.Build();
await host.StartAsync();
await discord.WaitForSessionAsync(TimeSpan.FromSeconds(30));

var started = new ConcurrentDictionary<string, long>();
var commandLatencies = new ConcurrentBag<double>();
var messageLatencies = new ConcurrentBag<double>();
var errors = 0;
var gate = new SemaphoreSlim(inFlight);
var interactionDone = new ConcurrentDictionary<string, TaskCompletionSource>();
discord.RequestRecorded += request =>
{
    if (request.Status >= 400)
    {
        Interlocked.Increment(ref errors);
    }

    string? key = null;
    if (request.Path.StartsWith("/interactions/", StringComparison.Ordinal))
    {
        key = "i" + request.Path.Split('/')[2];
    }
    else if (request.Path.StartsWith("/channels/", StringComparison.Ordinal))
    {
        key = "m" + request.Json?["message_reference"]?["message_id"]?.GetValue<string>();
    }

    if (key is not null && started.TryRemove(key, out var t0))
    {
        var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        (key[0] == 'i' ? commandLatencies : messageLatencies).Add(ms);
        if (interactionDone.TryRemove(key, out var done))
        {
            done.TrySetResult();
        }
    }
};

Console.WriteLine($"Load: {commands} slash commands ({inFlight} in flight), {messages} message mentions; {Environment.ProcessorCount} cores");
var wall = Stopwatch.StartNew();
var commandTasks = new List<Task>();
for (var i = 0; i < commands; i++)
{
    await gate.WaitAsync();
    var id = discord.NextSnowflake();
    var key = "i" + id.ToString(CultureInfo.InvariantCulture);
    var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    interactionDone[key] = done;
    started[key] = Stopwatch.GetTimestamp();
    await discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(discord, id, "echo", ("text", $"hello {i}")));
    commandTasks.Add(done.Task.WaitAsync(TimeSpan.FromSeconds(30)).ContinueWith(
        t =>
        {
            if (t.IsFaulted)
            {
                Interlocked.Increment(ref errors);
            }

            gate.Release();
        },
        TaskScheduler.Default));
}

await Task.WhenAll(commandTasks);
var commandWall = wall.Elapsed;

wall.Restart();
var messageTasks = new List<Task>();
for (var i = 0; i < messages; i++)
{
    var id = discord.NextSnowflake();
    var key = "m" + id.ToString(CultureInfo.InvariantCulture);
    var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    interactionDone[key] = done;
    started[key] = Stopwatch.GetTimestamp();
    await discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(id, $"<@{discord.BotUserId}> question {i}", mentions: [discord.BotUserId]));
    messageTasks.Add(done.Task.WaitAsync(TimeSpan.FromSeconds(60)).ContinueWith(
        t =>
        {
            if (t.IsFaulted)
            {
                Interlocked.Increment(ref errors);
            }
        },
        TaskScheduler.Default));
}

await Task.WhenAll(messageTasks);
var messageWall = wall.Elapsed;
await host.StopAsync();

static string Describe(ConcurrentBag<double> samples)
{
    var sorted = samples.OrderBy(x => x).ToArray();
    if (sorted.Length == 0)
    {
        return "no samples";
    }

    double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    return string.Create(CultureInfo.InvariantCulture, $"n={sorted.Length} p50={P(0.50):F1} ms p99={P(0.99):F1} ms max={sorted[^1]:F1} ms");
}

using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Slash commands (dispatch -> callback): {Describe(commandLatencies)}; {commands / commandWall.TotalSeconds:F0}/s over {commandWall.TotalSeconds:F1} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Message mentions (dispatch -> reply POST): {Describe(messageLatencies)}; {messages / messageWall.TotalSeconds:F0}/s over {messageWall.TotalSeconds:F1} s (REST global limit 50/s applies)"));
Console.WriteLine($"Errors (HTTP >= 400 or missing answers): {errors}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak RSS (bot + fake Discord in one process): {self.PeakWorkingSet64 / (1024.0 * 1024):F0} MiB; GC heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MiB"));
return errors == 0 ? 0 : 1;
