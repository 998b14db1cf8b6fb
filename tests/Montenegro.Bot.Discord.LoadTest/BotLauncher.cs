using System.Diagnostics;

namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>Knows how to start each bot against a given fake Discord, and checks it has been built first.</summary>
internal sealed class BotLauncher(string repoRoot)
{
    public string OursDll => Path.Combine(repoRoot, "src", "Montenegro.Bot", "bin", "Release", "net10.0", "Montenegro.Bot.dll");

    public string DiscordJsDirectory => Path.Combine(repoRoot, "tests", "DiscordJsBaseline");

    public static string FindRepoRoot(string? given)
    {
        if (given is not null)
        {
            return Path.GetFullPath(given);
        }

        // Works from `dotnet run` (current directory) and from the built exe (its own folder).
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Montenegro.Bot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Repository root not found; pass --repo.");
    }

    /// <summary>Null when the bot can be started, otherwise what to run first.</summary>
    public string? MissingPrerequisite(BotKind bot) => bot switch
    {
        BotKind.Ours when !File.Exists(OursDll) => $"{OursDll} is missing: run `dotnet build -c Release src/Montenegro.Bot`.",
        BotKind.DiscordJs when !Directory.Exists(Path.Combine(DiscordJsDirectory, "node_modules", "discord.js")) =>
            $"discord.js is not installed: run `npm ci` in {DiscordJsDirectory}.",
        _ => null,
    };

    public ProcessStartInfo StartInfo(BotKind bot, string token, string apiBaseUrl)
    {
        ProcessStartInfo info;
        if (bot == BotKind.Ours)
        {
            info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(OursDll)! };
            foreach (var arg in new[]
            {
                OursDll, "serve", $"--Discord:Token={token}", $"--Discord:ApiBaseUrl={apiBaseUrl}", "--Http:Port=0",
                "--Logging:LogLevel:Default=Warning",
            })
            {
                info.ArgumentList.Add(arg);
            }
        }
        else
        {
            info = new ProcessStartInfo("node") { WorkingDirectory = DiscordJsDirectory };
            info.ArgumentList.Add("bot.js");
            info.Environment["DISCORD_TOKEN"] = token;

            // discord.js builds `${api}/v${version}${route}`, so it takes the fake's URL without the version.
            info.Environment["DISCORD_API"] = apiBaseUrl[..apiBaseUrl.LastIndexOf("/v", StringComparison.Ordinal)];
        }

        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        return info;
    }
}
