using Montenegro.Bot.Chat;

namespace Montenegro.Bot.Tests;

[Collection(EngineCollection.Name)]
public sealed class ConsoleChatTests(EngineFixture fixture)
{
    private async Task<string> ChatAsync(string input)
    {
        var output = new StringWriter();
        await ConsoleChat.RunAsync(fixture.Router, new StringReader(input), output, ansi: false, CancellationToken.None);
        return output.ToString();
    }

    [Fact]
    public async Task Chat_answers_questions_and_commands_until_quit()
    {
        var text = await ChatAsync("When did the UK recognise Montenegro?\n\n/recognition Russia\n/quit\nWhen did Montenegro join NATO?\n");

        Assert.Contains("/help", text, StringComparison.Ordinal);
        Assert.Contains("13 June", text, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", text, StringComparison.Ordinal);
        Assert.DoesNotContain("5 June 2017", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_leaves_like_quit()
    {
        var text = await ChatAsync("/exit\nWhen did Montenegro join NATO?\n");
        Assert.DoesNotContain("5 June 2017", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_ends_quietly_at_end_of_input()
    {
        Assert.Contains("Foreign relations of Montenegro", await ChatAsync("/sources"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_starts_a_new_conversation_and_says_so()
    {
        var text = await ChatAsync("/new\nWhen did Montenegro join NATO?\n");

        Assert.Contains("New conversation", text, StringComparison.Ordinal);
        Assert.Contains("5 June 2017", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_chat_commands_beside_the_bots()
    {
        var text = await ChatAsync("/help\n");

        foreach (var command in new[] { "/ask", "/recognition", "/nato", "/poll", "/relations", "/search", "/sources", "/new", "/quit, /exit" })
        {
            Assert.Contains(command, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bare_carriage_return_does_not_split_a_question()
    {
        var text = await ChatAsync("When did Russia\rrecognise Montenegro?\n");

        Assert.Contains("11 June 2006", text, StringComparison.Ordinal);
        Assert.DoesNotContain("don't cover", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_lines_are_answered_and_the_chat_goes_on()
    {
        var text = await ChatAsync("June ٣\n/poll ١٢٣٤ \0\u202e\n/relations @everyone 99999999999999999999\n/nato ' OR 1=1 --\nWhen did Montenegro join NATO?\n");

        Assert.Contains("5 June 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("went wrong", text, StringComparison.Ordinal);
    }
}
