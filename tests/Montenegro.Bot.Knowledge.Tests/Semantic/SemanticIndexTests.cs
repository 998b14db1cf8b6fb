using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests.Semantic;

public sealed class SemanticIndexTests
{
    // Four passages in two dimensions, at 0°, 30°, 90° and 180° from the x axis.
    private static readonly SemanticIndex Index = new(
        ["east", "east-north-east", "north", "west"],
        [1f, 0f, 0.866f, 0.5f, 0f, 1f, -1f, 0f],
        2);

    [Fact]
    public void Hits_come_best_first()
    {
        var hits = Index.Search([1f, 0f], 4);

        Assert.Equal(["east", "east-north-east", "north", "west"], hits.Select(h => h.PassageId));
        Assert.Equal(1f, hits[0].Similarity, 3);
        Assert.Equal(-1f, hits[3].Similarity, 3);
    }

    [Fact]
    public void Asking_for_more_hits_than_passages_returns_them_all_and_none_returns_none()
    {
        Assert.Equal(4, Index.Search([0f, 1f], 50).Count);
        Assert.Empty(Index.Search([0f, 1f], 0));
        Assert.Empty(Index.Search([0f, 1f], -3));
    }

    [Fact]
    public void Of_equally_close_passages_the_earlier_one_comes_first()
    {
        var twins = new SemanticIndex(["first", "second", "third"], [0f, 1f, 0f, 1f, 0f, 1f], 2);

        Assert.Equal(["first", "second"], twins.Search([0f, 1f], 2).Select(h => h.PassageId));
    }

    [Fact]
    public void Vectors_given_at_any_length_are_compared_by_direction()
    {
        var scaled = new SemanticIndex(["long", "short"], [10f, 0f, 0f, 0.1f], 2);

        Assert.Equal(1f, scaled.Similarity([1f, 0f], "long")!.Value, 5);
        Assert.Equal(0f, scaled.Similarity([1f, 0f], "short")!.Value, 5);
    }

    [Fact]
    public void An_unknown_passage_has_no_similarity()
    {
        Assert.Null(Index.Similarity([1f, 0f], "south"));
        Assert.False(Index.Contains("south"));
        Assert.True(Index.VectorOf("south").IsEmpty);
    }

    [Fact]
    public void A_query_of_the_wrong_size_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentException>(() => Index.Search([1f, 0f, 0f], 1));
        Assert.Contains("3 dimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_and_mismatched_vectors_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SemanticIndex(["a", "a"], [1f, 0f, 0f, 1f], 2));
        Assert.Throws<ArgumentException>(() => new SemanticIndex(["a", "b"], [1f, 0f, 0f], 2));
    }
}
