using Microsoft.Extensions.Logging;
using Montenegro.Bot.Knowledge.Tests.Sources;

namespace Montenegro.Bot.Knowledge.Tests.Hosting;

/// <summary>Every category's lines into one <see cref="RecordingLogger"/>, as an operator reads the whole log.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public RecordingLogger Log { get; } = new();

    public ILogger CreateLogger(string categoryName) => Log;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
