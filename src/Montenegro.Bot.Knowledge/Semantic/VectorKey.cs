namespace Montenegro.Bot.Knowledge.Semantic;

/// <summary>The cache key of a passage vector: the hex SHA-256 of the model identity and the passage text.</summary>
/// <param name="Hex">64 upper-case hex digits.</param>
public readonly record struct VectorKey(string Hex);
