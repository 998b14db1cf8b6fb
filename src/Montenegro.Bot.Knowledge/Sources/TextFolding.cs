using System.Globalization;
using System.Text;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>Accent and punctuation folding shared by slugs, entity matching and tests.</summary>
public static class TextFolding
{
    /// <summary>Removes diacritics and normalises dashes and quotes: Đukanović becomes Dukanovic, as Lucene's ASCII folding does.</summary>
    public static string FoldToAscii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                    continue;
                default:
                    sb.Append(c switch
                    {
                        'Đ' => 'D',
                        'đ' => 'd',
                        'Ø' => 'O',
                        'ø' => 'o',
                        'ß' => 's',
                        '\u2013' or '\u2014' or '\u2212' => '-',
                        '\u2018' or '\u2019' => '\'',
                        '\u201C' or '\u201D' => '"',
                        '\u00A0' => ' ',
                        _ => c,
                    });
                    break;
            }
        }

        return sb.ToString();
    }
}
