namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>A passage found by meaning.</summary>
/// <param name="PassageId">The id the passage was indexed under.</param>
/// <param name="Similarity">Cosine similarity of the query and the passage, in [-1, 1]; higher is closer.</param>
public readonly record struct SemanticHit(string PassageId, float Similarity);
