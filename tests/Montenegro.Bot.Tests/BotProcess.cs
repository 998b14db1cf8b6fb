using System.Diagnostics;

namespace Montenegro.Bot.Tests;

/// <summary>Runs the real executable, as other tools do, from a working directory that is not its own.</summary>
internal static class BotProcess
{
    /// <summary>The repository's root folder (the one with Montenegro.Bot.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return baseDir.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        }
    }

    /// <summary>
    /// The executable in its own build output (src/Montenegro.Bot/bin/CONFIG/net10.0), not the copy in the
    /// test folder, whose dependencies are resolved for the test project.
    /// </summary>
    public static string DllPath
    {
        get
        {
            var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = baseDir.Name;
            var configuration = baseDir.Parent!.Name;
            return Path.Combine(RepositoryRoot, "src", "Montenegro.Bot", "bin", configuration, framework, "Montenegro.Bot.dll");
        }
    }

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, params string[] args) =>
        RunAsync(input, new Dictionary<string, string>(), args);

    /// <summary>Runs the bot with <paramref name="args"/> and extra <paramref name="environment"/> variables; null input closes standard input at once.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string? input, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
