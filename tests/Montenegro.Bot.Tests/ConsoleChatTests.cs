using Montenegro.Bot.Chat;

namespace Montenegro.Bot.Tests;

[Collection(EngineCollection.Name)]
public sealed class ConsoleChatTests(EngineFixture fixture)
{
    [Fact]
    public async Task Chat_answers_questions_and_commands_until_quit()
    {
        var input = new StringReader("When did the UK recognise Montenegro?\n\n/recognition Russia\n/quit\nWhen did Montenegro join NATO?\n");
        var output = new StringWriter();

        await ConsoleChat.RunAsync(fixture.Router, input, output, ansi: false, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("/help", text, StringComparison.Ordinal);
        Assert.Contains("13 June", text, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", text, StringComparison.Ordinal);
        Assert.DoesNotContain("5 June 2017", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_ends_quietly_at_end_of_input()
    {
        var output = new StringWriter();
        await ConsoleChat.RunAsync(fixture.Router, new StringReader("/sources"), output, ansi: false, CancellationToken.None);
        Assert.Contains("Foreign relations of Montenegro", output.ToString(), StringComparison.Ordinal);
    }
}
