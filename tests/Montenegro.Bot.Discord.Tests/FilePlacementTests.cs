using System.Text;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>Files travel with the message whose embed shows them, and their multipart headers are written as Discord documents.</summary>
public sealed class FilePlacementTests
{
    private static readonly FileAttachment Chart = new("chart.png", new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "Support over time", "image/png");
    private static readonly FileAttachment Notes = new("notes.txt", Encoding.UTF8.GetBytes("sources"), ContentType: "text/plain");

    [Fact]
    public void File_goes_with_the_split_message_whose_embed_shows_it_and_unreferenced_files_with_the_first()
    {
        var embeds = Enumerable.Range(1, 11).Select(i => new Embed { Title = $"Poll {i}" }).ToList();
        embeds[10] = embeds[10] with { ImageUrl = "attachment://chart.png" };
        var buttons = new ActionRow(Button.Secondary("more:1", "More"));

        var messages = MessageLimits.Split("Polls on NATO membership", embeds, [Chart, Notes], components: [buttons]);

        Assert.Equal(2, messages.Count);
        Assert.Equal(["notes.txt"], messages[0].Attachments.Select(a => a.FileName));
        Assert.Equal(["chart.png"], messages[1].Attachments.Select(a => a.FileName));
        Assert.Equal("attachment://chart.png", messages[1].Embeds[^1].ImageUrl);
        Assert.Empty(messages[0].Components);
        Assert.Same(buttons, Assert.Single(messages[1].Components));
    }

    [Fact]
    public void File_shown_in_two_split_messages_goes_with_both()
    {
        var embeds = Enumerable.Range(1, 11).Select(i => new Embed { Title = $"Poll {i}", ThumbnailUrl = i is 1 or 11 ? "attachment://chart.png" : null }).ToList();

        var messages = MessageLimits.Split(null, embeds, [Chart]);

        Assert.All(messages, m => Assert.Equal(["chart.png"], m.Attachments.Select(a => a.FileName)));
    }

    [Fact]
    public async Task Long_answer_with_a_chart_sends_the_chart_with_the_follow_up_whose_embed_shows_it()
    {
        await using var h = await BotHarness.StartAsync(bot: b => b.OnCommand = (_, _) => Task.FromResult(new InteractionReply
        {
            Content = string.Join('\n', Enumerable.Range(1, 120).Select(i => $"Line {i} of the poll table, with some words.")),
            Embeds = [new Embed { Title = "Support for NATO", ImageUrl = "attachment://chart.png" }],
            Attachments = [Chart],
        }));
        var id = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("INTERACTION_CREATE", DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "poll")));
        var followup = await h.Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal) && r.Json?["embeds"] is not null);
        var callback = h.Discord.Requests.Single(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));

        Assert.Empty(callback.FileNames);
        Assert.Null(callback.Json!["data"]!["embeds"]);
        Assert.Equal(["files[0]:chart.png"], followup.FileNames);
        Assert.Equal("attachment://chart.png", followup.Json!["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
        Assert.Equal("chart.png", followup.Json["attachments"]![0]!["filename"]!.GetValue<string>());
        var part = Assert.Single(h.Discord.FileParts);
        Assert.Equal("form-data; name=\"files[0]\"; filename=\"chart.png\"", part.ContentDisposition);
        Assert.Equal("image/png", part.ContentType);
        Assert.Equal(4, part.Length);
        Assert.Empty(h.Discord.LimitViolations);
    }

    [Fact]
    public async Task Multipart_file_header_has_the_plain_quoted_file_name_and_no_extended_parameter()
    {
        using var content = DiscordPayloads.Content(new System.Text.Json.Nodes.JsonObject { ["content"] = "x" }, [Chart, new FileAttachment("grafikon \"NATO\" č.png", new byte[] { 1 })]);

        var text = Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync());

        Assert.Contains("Content-Disposition: form-data; name=\"payload_json\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: form-data; name=\"files[0]\"; filename=\"chart.png\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Content-Disposition: form-data; name=\"files[1]\"; filename=\"grafikon _NATO_ č.png\"\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("filename*", text, StringComparison.Ordinal);
    }
}
