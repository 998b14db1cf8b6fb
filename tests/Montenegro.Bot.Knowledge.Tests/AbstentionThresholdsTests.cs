using Montenegro.Bot.Knowledge.Answering;

namespace Montenegro.Bot.Knowledge.Tests;

/// <summary>The fitted thresholds of <c>data/abstention.json</c>, and what an operator's older or missing file means.</summary>
public sealed class AbstentionThresholdsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("montenegro-bot-abstention-").FullName;

    [Fact]
    public void A_file_written_before_paraphrases_were_fitted_answers_no_paraphrase()
    {
        var path = Path.Combine(_directory, AbstentionThresholds.FileName);
        File.WriteAllText(path, """{"factSimilarity": 0.8, "passageSimilarity": 1.01}""");

        var thresholds = AbstentionThresholds.Load(path);

        Assert.Equal(0.8, thresholds.FactSimilarity);
        Assert.True(thresholds.ParaphraseSimilarity > 1, "no cosine similarity may reach the threshold");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
