namespace Montenegro.Bot.Knowledge.Search;

/// <summary>A passage or fact found by the index, with its BM25 score.</summary>
/// <param name="Id">The passage or fact id.</param>
/// <param name="Score">BM25 score; only comparable within one search.</param>
public readonly record struct SearchHit(string Id, float Score);
