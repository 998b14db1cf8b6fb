using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Knowledge.Hosting;

/// <summary>How questions are matched to the sources. Bound from the <c>Retrieval</c> section and checked at start.</summary>
public sealed partial class RetrievalOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retrieval";

    /// <summary>
    /// Whether questions are also matched by meaning (a small sentence-embedding model run in-process). Off, the
    /// bot matches words only: less memory (for small hosts), fewer paraphrases understood.
    /// </summary>
    public bool Semantic { get; set; } = true;

    /// <summary>Where the converted model, the passage vectors and the search index are cached; defaults to <c>montenegro-bot</c> under the system's temporary folder.</summary>
    [MinLength(1, ErrorMessage = "Retrieval:CacheDirectory must name a folder when it is set.")]
    public string? CacheDirectory { get; set; }

    /// <summary>
    /// Whether the search index is kept in <see cref="CacheDirectory"/> (under <c>index/</c>), so that a restart over
    /// the same sources opens it instead of building it. Off, it is built in memory at every start.
    /// </summary>
    public bool PersistIndex { get; set; } = true;

    /// <summary>Checks the options at start (source-generated).</summary>
    [OptionsValidator]
    internal sealed partial class Validator : IValidateOptions<RetrievalOptions>;
}
