using Microsoft.Extensions.AI;
using Montenegro.Bot.Knowledge.Semantic;

namespace Montenegro.Bot.Knowledge.Tests.Semantic;

[Collection(ArcticEmbedderCollection.Name)]
public sealed class SentenceEmbedderTests(ArcticEmbedderFixture fixture)
{
    private const string NatoQuestion = "When did Montenegro enter the North Atlantic alliance?";
    private const string NatoAnswer = "Montenegro officially joined NATO on 5 June 2017.";
    private const string TradeFigure = "In 2015, total trade between the two countries amounted to 160,385,964 euros.";

    private SentenceEmbedder Embedder => fixture.Embedder;

    [Fact]
    public void A_paraphrased_question_is_closer_to_its_answer_than_to_an_unrelated_sentence()
    {
        var question = Embedder.Embed(NatoQuestion, EmbeddingPurpose.Query);
        var answer = Embedder.Embed(NatoAnswer, EmbeddingPurpose.Passage);
        var unrelated = Embedder.Embed(TradeFigure, EmbeddingPurpose.Passage);

        var toAnswer = SemanticSearch.Similarity(question, answer);
        var toUnrelated = SemanticSearch.Similarity(question, unrelated);
        Assert.True(toAnswer > toUnrelated + 0.05f, $"answer {toAnswer:F3} vs unrelated {toUnrelated:F3}");
    }

    [Fact]
    public void Queries_and_passages_are_unit_vectors_of_the_models_size()
    {
        var query = Embedder.Embed(NatoQuestion, EmbeddingPurpose.Query);
        var passage = Embedder.Embed(NatoAnswer, EmbeddingPurpose.Passage);

        Assert.Equal(384, query.Length);
        VectorAssert.UnitLength(query);
        VectorAssert.UnitLength(passage);
    }

    [Fact]
    public void A_question_is_encoded_with_the_models_query_instruction()
    {
        var asQuery = Embedder.Embed(NatoQuestion, EmbeddingPurpose.Query);
        var asPassage = Embedder.Embed(NatoQuestion, EmbeddingPurpose.Passage);
        var prefixedPassage = Embedder.Embed(EmbeddingModel.ArcticXs.QueryPrefix + NatoQuestion, EmbeddingPurpose.Passage);

        Assert.True(SemanticSearch.Similarity(asQuery, asPassage) < 0.99f);
        VectorAssert.Close(prefixedPassage, asQuery);
    }

    [Fact]
    public void A_text_gets_the_same_vector_whatever_it_is_encoded_with()
    {
        string[] texts = [NatoAnswer, TradeFigure, "NATO", string.Empty];
        var together = new float[texts.Length * 384];
        Embedder.EmbedInto(texts, EmbeddingPurpose.Passage, together, CancellationToken.None);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Embedder.Embed(texts[i], EmbeddingPurpose.Passage), together.AsSpan(i * 384, 384).ToArray());
        }
    }

    [Theory]
    [InlineData("Defense Minister Boro Vučinić", "Defense Minister Boro Vucinic")]
    [InlineData("Prime Minister Milo Đukanović", "Prime Minister Milo Dukanovic")]
    [InlineData("São Tomé and Príncipe", "Sao Tome and Principe")]
    public void Accented_names_read_like_their_plain_spelling(string accented, string plain)
    {
        VectorAssert.Close(Embedder.Embed(plain, EmbeddingPurpose.Passage), Embedder.Embed(accented, EmbeddingPurpose.Passage));
    }

    public static TheoryData<string, string> HostileTexts => new()
    {
        { "empty", string.Empty },
        { "whitespace", " \t\r\n  " },
        { "100 KB", string.Concat(Enumerable.Repeat("When did Russia recognise Montenegro? lorem ipsum ", 2_100)) },
        { "one 100 KB word", new string('x', 100_000) },
        { "emoji", "🇲🇪😀🤝🏽 NATO 👍🏿‍♂️" },
        { "NUL and control characters", "When\0did\u0001Russia\u001b[31m recognise\u200b Montenegro?\0" },
        { "lone surrogates", "\ud800 When \udc00 did \udbff Montenegro join? \ud83d" },
        { "Cyrillic", "Када је Русија признала Црну Гору?" },
        { "Montenegrin Latin", "Ko je Igor Zajcev? Kada je Crna Gora postala članica NATO-a?" },
        { "right to left and CJK", "متى انضمت الجبل الأسود إلى الناتو؟ 黑山何时加入北约？" },
        { "Lucene syntax", "title:x AND ~ ^2 {[ ]} *:* \"" },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Any_text_embeds_as_a_unit_vector(string kind, string text)
    {
        Assert.NotNull(kind);
        VectorAssert.UnitLength(Embedder.Embed(text, EmbeddingPurpose.Query));
        VectorAssert.UnitLength(Embedder.Embed(text, EmbeddingPurpose.Passage));
    }

    [Fact]
    public async Task As_an_embedding_generator_it_encodes_passages_by_default_and_queries_when_asked()
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = Embedder;

        var passages = await generator.GenerateAsync([NatoAnswer, TradeFigure]);
        var queries = await generator.GenerateAsync([NatoQuestion], SentenceEmbedder.QueryOptions);

        Assert.Equal(2, passages.Count);
        VectorAssert.Close(Embedder.Embed(TradeFigure, EmbeddingPurpose.Passage), passages[1].Vector.Span);
        VectorAssert.Close(Embedder.Embed(NatoQuestion, EmbeddingPurpose.Query), queries[0].Vector.Span);
        Assert.Equal("snowflake-arctic-embed-xs", queries[0].ModelId);

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.NotNull(metadata);
        Assert.Equal(384, metadata.DefaultModelDimensions);
    }

    [Fact]
    public async Task Asking_the_generator_for_other_dimensions_is_refused()
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = Embedder;
        await Assert.ThrowsAsync<NotSupportedException>(() => generator.GenerateAsync(["x"], new EmbeddingGenerationOptions { Dimensions = 768 }));
    }

    [Fact]
    public void Concurrent_questions_get_the_same_vectors_as_sequential_ones()
    {
        string[] questions = [NatoQuestion, "Who tried to overthrow the government in 2016?", "Ko je Igor Zajcev?", "thanks!"];
        var expected = questions.Select(q => Embedder.Embed(q, EmbeddingPurpose.Query)).ToArray();

        var actual = new float[questions.Length * 8][];
        Parallel.For(0, actual.Length, i => actual[i] = Embedder.Embed(questions[i % questions.Length], EmbeddingPurpose.Query));

        for (var i = 0; i < actual.Length; i++)
        {
            VectorAssert.Close(expected[i % questions.Length], actual[i]);
        }
    }
}
