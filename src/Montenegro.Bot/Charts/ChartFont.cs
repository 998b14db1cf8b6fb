using ScottPlot;
using SkiaSharp;

namespace Montenegro.Bot.Charts;

/// <summary>
/// The one font every chart is drawn with, read from a TrueType file. Skia's self-contained Linux build
/// cannot ask the system for fonts (it has no fontconfig), and the runtime image has none installed,
/// so the chart names its font file instead: the same letters on a laptop and in the container.
/// </summary>
public sealed class ChartFont : IFontResolver
{
    /// <summary>The family name charts ask for.</summary>
    public const string FamilyName = "Montenegro Chart Sans";

    /// <summary>The regular font file's name: DejaVu Sans (Debian's fonts-dejavu-core), copied into the image's <c>fonts/</c>.</summary>
    public const string RegularFileName = "DejaVuSans.ttf";

    /// <summary>The bold font file, looked for beside the regular one (optional: titles fall back to regular).</summary>
    public const string BoldFileName = "DejaVuSans-Bold.ttf";

    private static readonly Lock RegistrationLock = new();
    private static ChartFont? _registered;

    private readonly SKData _regular;
    private readonly SKData _bold;

    private ChartFont(string regularPath, string? boldPath)
    {
        RegularPath = regularPath;
        _regular = SKData.Create(regularPath) ?? throw new ChartFontException($"The chart font '{regularPath}' cannot be read.");
        using (var probe = SKTypeface.FromData(_regular))
        {
            if (probe is null)
            {
                throw new ChartFontException($"The chart font '{regularPath}' is not a TrueType or OpenType font.");
            }
        }

        _bold = boldPath is not null && SKData.Create(boldPath) is { } bold ? bold : _regular;
    }

    /// <summary>The regular font file in use.</summary>
    public string RegularPath { get; }

    /// <summary>
    /// Where the font is looked for when no file is configured: the <c>fonts</c> folder next to the binaries
    /// (where the container image puts it), then the places Linux distributions install DejaVu Sans.
    /// </summary>
    public static IReadOnlyList<string> DefaultLocations { get; } =
    [
        Path.Combine(AppContext.BaseDirectory, "fonts", RegularFileName),
        "/usr/share/fonts/truetype/dejavu/" + RegularFileName,
        "/usr/share/fonts/TTF/" + RegularFileName,
        "/usr/share/fonts/dejavu-sans-fonts/" + RegularFileName,
        "/usr/share/fonts/dejavu/" + RegularFileName,
    ];

    /// <summary>
    /// Makes ScottPlot draw all text with the font in <paramref name="configuredFile"/>, or with the first of
    /// <see cref="DefaultLocations"/> that exists. Done once per process; later calls return the font in use.
    /// </summary>
    /// <exception cref="ChartFontException">No font file was found, or it is not a font.</exception>
    public static ChartFont EnsureRegistered(string? configuredFile = null)
    {
        lock (RegistrationLock)
        {
            if (_registered is not null)
            {
                return _registered;
            }

            var regular = Find(configuredFile);
            var bold = Path.Combine(Path.GetDirectoryName(regular) ?? ".", BoldFileName);
            var font = new ChartFont(regular, File.Exists(bold) ? bold : null);

            // First in the list: ScottPlot asks its resolvers in order, and the system resolver would
            // otherwise answer (with an empty typeface, where there are no system fonts).
            Fonts.FontResolvers.Insert(0, font);
            Fonts.Default = FamilyName;
            Fonts.Sans = FamilyName;
            _registered = font;
            return font;
        }
    }

    /// <summary>The font file to use: <paramref name="configuredFile"/> when given, else the first default location that exists.</summary>
    /// <exception cref="ChartFontException">The configured file does not exist, or none of the default locations does.</exception>
    public static string Find(string? configuredFile)
    {
        if (!string.IsNullOrWhiteSpace(configuredFile))
        {
            return File.Exists(configuredFile)
                ? Path.GetFullPath(configuredFile)
                : throw new ChartFontException($"The chart font file '{configuredFile}' (Charts:FontFile) does not exist.");
        }

        return DefaultLocations.FirstOrDefault(File.Exists)
            ?? throw new ChartFontException(
                $"No font for charts: none of {string.Join(", ", DefaultLocations)} exists. Install DejaVu Sans (Debian: fonts-dejavu-core) or set Charts:FontFile.");
    }

    /// <summary>Answers every family name with the chart font: charts use no other.</summary>
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        SKTypeface.FromData(weight >= FontWeight.SemiBold ? _bold : _regular);

    /// <summary>Answers every family name with the chart font: charts use no other.</summary>
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        SKTypeface.FromData(bold ? _bold : _regular);
}
