namespace Montenegro.Bot.Knowledge.Extraction;

/// <summary>A subject area that gives its facts a topic: the clause or document names one of its words.</summary>
/// <param name="Topic">The topic, e.g. <c>nato</c>.</param>
/// <param name="EntityId">The entity a document about it is about, e.g. <c>nato</c>.</param>
/// <param name="Words">Words that name it.</param>
internal sealed record Domain(string Topic, string? EntityId, IReadOnlyList<TriggerPattern> Words);
