using System.Text;
using System.Threading.Channels;

namespace Montenegro.Bot.Tests.Reload;

/// <summary>The console chat's output, handed to the test a reply at a time: everything written up to each prompt.</summary>
internal sealed class PromptedOutput : StringWriter
{
    private readonly Channel<string> _replies = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _pending = new();

    public override void Write(string? value)
    {
        base.Write(value);
        _pending.Append(value);
        if (value == "> ")
        {
            _replies.Writer.TryWrite(_pending.ToString());
            _pending.Clear();
        }
    }

    public override void Write(char value)
    {
        base.Write(value);
        _pending.Append(value);
    }

    /// <summary>What the chat wrote before its next prompt.</summary>
    public Task<string> NextReplyAsync() => _replies.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
}
