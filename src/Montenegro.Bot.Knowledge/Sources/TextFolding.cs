using System.Globalization;
using System.Text;

namespace Montenegro.Bot.Knowledge.Sources;

/// <summary>Accent and punctuation folding shared by slugs, entity matching and tests.</summary>
public static class TextFolding
{
    private const string Accented = "čćšžàáâãäåāăąçèéêëēęěìíîïīñńňòóôõöøōőřśşţťùúûüūůűýÿźżłČĆŠŽÀÁÂÃÄÅĀĂĄÇÈÉÊËĒĘĚÌÍÎÏĪÑŃŇÒÓÔÕÖØŌŐŘŚŞŢŤÙÚÛÜŪŮŰÝŸŹŻŁ";
    private const string Plain = "ccszaaaaaaaaaceeeeeeeiiiiinnnoooooooorssttuuuuuuuyyzzlCCSZAAAAAAAAACEEEEEEEIIIIINNNOOOOOOOORSSTTUUUUUUUYYZZL";

    /// <summary>Removes diacritics and normalises dashes and quotes: Đukanović becomes Dukanovic, as Lucene's ASCII folding does.</summary>
    public static string FoldToAscii(string text)
    {
        // Common accented Latin letters are spelled out: the invariant-globalization build does not
        // decompose them, so Normalize alone would leave "č" as it is.
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var i = Accented.IndexOf(c, StringComparison.Ordinal);
            plain.Append(i >= 0 ? Plain[i] : c);
        }

        var decomposed = plain.ToString().Normalize(NormalizationForm.FormD);
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
