using System.Diagnostics.Metrics;
using Montenegro.Bot.Commands;
using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Tests.Commands;

/// <summary>
/// Commands answer a question they built themselves, or a user's question asked before, from memory after the first
/// time, and still count it.
/// </summary>
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
    public void A_question_asked_again_in_other_case_and_punctuation_is_answered_from_memory()
    {
        var first = fixture.Router.Run("ask", new Dictionary<string, string> { ["question"] = "When did Canada recognise Montenegro?" });
        var again = fixture.Router.Run("ask", new Dictionary<string, string> { ["question"] = "  when did canada   recognise Montenegro " });
        var other = fixture.Router.Run("ask", new Dictionary<string, string> { ["question"] = "When did Japan recognise Montenegro?" });

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.NotEqual(first.Text, other.Text);
    }

    [Fact]
    public void Users_questions_are_kept_only_up_to_the_bound()
    {
        var router = new CommandRouter(new AnswerEngine(fixture.Engine.Knowledge), CommandCatalog.BuiltIn);
        static Dictionary<string, string> Asking(int i) => new() { ["question"] = $"When did Russia recognise Montenegro? {i}" };
        var first = router.Run("ask", Asking(0));
        Assert.Same(first, router.Run("ask", Asking(0)));

        for (var i = 1; i <= AskedAnswers.MaxEntries; i++)
        {
            router.Run("ask", Asking(i));
        }

        Assert.NotSame(first, router.Run("ask", Asking(0)));
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
