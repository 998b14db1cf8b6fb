using System.Runtime.CompilerServices;

namespace Montenegro.Bot.Tests;

/// <summary>
/// The host, Discord and command-line tests here check plumbing, not retrieval: they run with matching by
/// words only (<c>Retrieval:Semantic=false</c>), so each host or process they start is ready in a fraction
/// of a second instead of loading the embedding model. Retrieval by meaning is tested in the knowledge tests.
/// </summary>
internal static class LexicalRetrievalForHostTests
{
#pragma warning disable CA2255 // A test assembly's own start-up: every host and child process it starts inherits it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void UseWordsOnly() => Environment.SetEnvironmentVariable("Retrieval__Semantic", "false");
}
