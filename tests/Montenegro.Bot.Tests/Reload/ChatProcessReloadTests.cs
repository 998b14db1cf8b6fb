using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace Montenegro.Bot.Tests.Reload;

/// <summary>The console chat as a user runs it (<c>dotnet Montenegro.Bot.dll</c>, no Discord settings), left running while a source is added.</summary>
public sealed class ChatProcessReloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_chat_process_answers_from_a_source_added_while_it_runs()
    {
        using var data = new ReloadableDataFolder();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(BotProcess.DllPath());
        foreach (var setting in data.Settings)
        {
            start.ArgumentList.Add(setting);
        }

        // The reload's own log line (Information, on standard error) is the signal that the new sources are in.
        start.ArgumentList.Add("--Logging:LogLevel:Montenegro.Bot.Knowledge.Hosting=Information");
        start.Environment.Remove("Discord__Token");
        start.Environment.Remove("Discord__PublicKey");
        using var process = Process.Start(start)!;
        try
        {
            var replies = Replies(process.StandardOutput);
            var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("Reloaded the sources", StringComparison.Ordinal) == true)
                {
                    reloaded.TrySetResult();
                }
            };
            process.BeginErrorReadLine();
            await replies.ReadAsync().AsTask().WaitAsync(Patience);

            await process.StandardInput.WriteLineAsync("Where did Montenegro open an honorary consulate in 2019?");
            var before = await replies.ReadAsync().AsTask().WaitAsync(Patience);
            data.Drop("consulate-note.txt", "In 2019 Montenegro opened an honorary consulate in Reykjavik, run by two volunteers from the diaspora.\n");
            await reloaded.Task.WaitAsync(Patience);
            await process.StandardInput.WriteLineAsync("Where did Montenegro open an honorary consulate in 2019?");
            var after = await replies.ReadAsync().AsTask().WaitAsync(Patience);
            await process.StandardInput.WriteLineAsync("/quit");
            await process.WaitForExitAsync().WaitAsync(Patience);

            Assert.DoesNotContain("Reykjavik", before, StringComparison.Ordinal);
            Assert.Contains("Reykjavik", after, StringComparison.Ordinal);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    // Everything the chat writes up to each prompt ("> "), one item a prompt.
    private static ChannelReader<string> Replies(StreamReader output)
    {
        var replies = Channel.CreateUnbounded<string>();
        _ = Task.Run(async () =>
        {
            var pending = new StringBuilder();
            var buffer = new char[4096];
            int read;
            while ((read = await output.ReadAsync(buffer.AsMemory())) > 0)
            {
                pending.Append(buffer, 0, read);
                if (pending.Length >= 2 && pending[^2] == '>' && pending[^1] == ' ')
                {
                    replies.Writer.TryWrite(pending.ToString());
                    pending.Clear();
                }
            }

            replies.Writer.TryComplete();
        });
        return replies.Reader;
    }
}
