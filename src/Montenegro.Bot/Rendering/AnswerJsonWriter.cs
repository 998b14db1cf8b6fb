using System.Text.Encodings.Web;
using System.Text.Json;
using Montenegro.Bot.Knowledge.Answering;
using Montenegro.Bot.Knowledge.Search;

namespace Montenegro.Bot.Rendering;

/// <summary>
/// Writes the <c>ask --json</c> contract: one JSON object a line with question, answered, intent,
/// answer (plain text), sources, and error when the question could not be taken. Added later, without changing those:
/// <c>highlights</c>, the words of <c>answer</c> that matched the question, and in each source the <c>highlights</c> of
/// its <c>excerpt</c>; each a list of <c>{"start", "length"}</c> in UTF-16 code units of that string (as JavaScript and
/// .NET index strings; the same as code points unless the text has characters beyond the Basic Multilingual Plane).
/// </summary>
public static class AnswerJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Readable accents and dashes; quotes, control characters and the like are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The answer to <paramref name="question"/> as one line of JSON (no line break inside).</summary>
    public static string Write(string question, Answer answer, string? error = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("question", question);
            json.WriteBoolean("answered", answer.Answered);
            json.WriteString("intent", answer.Intent);
            json.WriteString("answer", answer.ToPlainText());

            // ToPlainText starts with Text, so the text's spans index "answer" too.
            WriteHighlights(json, answer.TextHighlights);
            json.WriteStartArray("sources");
            foreach (var source in answer.Sources)
            {
                json.WriteStartObject();
                json.WriteString("id", source.Id);
                json.WriteString("title", source.Title);
                if (source.Url is null)
                {
                    json.WriteNull("url");
                }
                else
                {
                    json.WriteString("url", source.Url);
                }

                json.WriteString("excerpt", source.Excerpt);
                WriteHighlights(json, source.Highlights);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (error is not null)
            {
                json.WriteString("error", error);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteHighlights(Utf8JsonWriter json, IReadOnlyList<HighlightSpan> highlights)
    {
        json.WriteStartArray("highlights");
        foreach (var span in highlights)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
