using System.IO.Pipes;
using System.Text;
using Montenegro.Bot.Chat;

namespace Montenegro.Bot.Tests;

public sealed class InputLinesTests
{
    [Fact]
    public void Lines_end_at_lf_and_crlf_only()
    {
        Assert.Equal(["one", "two", "three"], InputLines.Split("one\ntwo\r\nthree\n"));
    }

    [Fact]
    public void A_bare_cr_and_the_unicode_separators_are_whitespace_inside_a_line()
    {
        Assert.Equal(["a b", "c d e", "f "], InputLines.Split("a\rb\nc\u2028d\u2029e\nf\r"));
    }

    [Fact]
    public void Empty_lines_are_kept_so_that_answers_pair_with_lines()
    {
        Assert.Equal(["q1", string.Empty, string.Empty, "q2"], InputLines.Split("q1\n\r\n\nq2"));
    }

    [Fact]
    public void A_final_line_needs_no_line_end_and_a_final_line_end_adds_no_line()
    {
        Assert.Equal(["last"], InputLines.Split("last"));
        Assert.Equal(["last"], InputLines.Split("last\n"));
        Assert.Empty(InputLines.Split(string.Empty));
    }

    [Fact]
    public async Task A_crlf_split_across_reads_is_still_one_line_end()
    {
        // Two reads: the CR ends the first chunk, the LF starts the second.
        var text = new string('x', 8191) + "\r\nnext\n";

        var lines = new List<string>();
        await foreach (var line in InputLines.ReadAsync(new StringReader(text)))
        {
            lines.Add(line);
        }

        Assert.Equal([new string('x', 8191), "next"], lines);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_cut_and_the_next_line_is_still_read()
    {
        var lines = InputLines.Split(new string('a', InputLines.MaxLineLength + 10) + "\nnext");

        Assert.Equal(InputLines.MaxLineLength, lines[0].Length);
        Assert.Equal("next", lines[1]);
    }

    [Fact]
    public async Task A_line_is_yielded_as_soon_as_it_arrives_not_when_the_buffer_fills()
    {
        // As a person types at the chat: one line, then nothing until the answer has been read.
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle);
        using var reader = new StreamReader(client, Encoding.UTF8);
        await pipe.WriteAsync(Encoding.UTF8.GetBytes("When did Montenegro join NATO?\n"));
        await pipe.FlushAsync();

        await using var lines = InputLines.ReadAsync(reader).GetAsyncEnumerator();
        var first = lines.MoveNextAsync().AsTask();

        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("When did Montenegro join NATO?", lines.Current);
    }
}
