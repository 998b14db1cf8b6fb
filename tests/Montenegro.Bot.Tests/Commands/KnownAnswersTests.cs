using System.Diagnostics.Metrics;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>Commands whose questions the bot builds itself answer from memory after the first time, and still count.</summary>
[Collection(EngineCollection.Name)]
public sealed class KnownAnswersTests(EngineFixture fixture)
{
    [Fact]
    public void A_repeated_poll_command_is_answered_from_memory_and_counted_each_time()
    {
        using var meters = new OwnMeters();
        var metrics = new AnswerMetrics(meters);
        var counted = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "bot.answers")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref counted, value));
        listener.Start();
        var router = new CommandRouter(fixture.Engine, CommandCatalog.BuiltIn, metrics: metrics);
        var options = new Dictionary<string, string> { ["firm"] = "NSPM", ["year"] = "2016" };

        var first = router.Run("poll", options);
        var countedBefore = Interlocked.Read(ref counted);
        var second = router.Run("poll", options);

        Assert.Same(first, second);
        Assert.Equal(1, Interlocked.Read(ref counted) - countedBefore);
    }

    [Fact]
    public void Users_own_questions_are_not_kept()
    {
        var options = new Dictionary<string, string> { ["question"] = "When did Russia recognise Montenegro?" };

        Assert.NotSame(fixture.Router.Run("ask", options), fixture.Router.Run("ask", options));
    }

    [Fact]
    public void A_year_outside_the_offered_range_is_answered_but_not_kept()
    {
        var options = new Dictionary<string, string> { ["year"] = "1999" };

        var first = fixture.Router.Run("poll", options);

        Assert.NotSame(first, fixture.Router.Run("poll", options));
        Assert.Contains("1999", first.Text, StringComparison.Ordinal);
    }

    /// <summary>Meters of this test only, so that answers counted by tests running beside it are not seen.</summary>
    private sealed class OwnMeters : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options.Name, options.Version, options.Tags, this);

        public void Dispose()
        {
        }
    }
}
