using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

public sealed class MessageLimitsTests
{
    private static readonly string Words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"w{i}"));

    [Fact]
    public void Shorten_cuts_at_a_word_boundary_and_ends_with_an_ellipsis()
    {
        var shortened = MessageLimits.Shorten("alpha beta gamma delta", 15);

        Assert.Equal("alpha beta\u2026", shortened);
        Assert.True(shortened.Length <= 15);
        Assert.Equal("short", MessageLimits.Shorten("short", 15));
    }

    [Fact]
    public void Shorten_hard_cuts_text_without_spaces_and_never_splits_a_surrogate_pair()
    {
        var text = string.Concat(Enumerable.Repeat("\U0001F600", 20));

        var shortened = MessageLimits.Shorten(text, 10);

        Assert.True(shortened.Length <= 10);
        Assert.False(char.IsHighSurrogate(shortened[^2]));
        Assert.EndsWith("\u2026", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitText_prefers_line_breaks_and_keeps_all_text()
    {
        var text = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line number {i}"));

        var pieces = MessageLimits.SplitText(text, 2000);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 2000));
        Assert.All(pieces, p => Assert.StartsWith("line number", p, StringComparison.Ordinal));
        Assert.Equal(text, string.Join('\n', pieces));
    }

    [Fact]
    public void Oversized_embed_is_shortened_and_extra_fields_move_to_continuation_embeds()
    {
        var embed = new Embed
        {
            Title = Words,
            Description = Words,
            Fields = Enumerable.Range(0, 60).Select(i => new EmbedField(Words, Words)).ToList(),
            Footer = new EmbedFooter(Words),
            Author = new EmbedAuthor(Words),
            Color = 0x123456,
        };

        var fitted = MessageLimits.FitEmbed(embed);

        Assert.True(fitted.Count > 1);
        Assert.Equal(60, fitted.Sum(e => e.Fields.Count));
        Assert.All(fitted, e =>
        {
            Assert.True(MessageLimits.CountCharacters(e) <= 6000);
            Assert.True(e.Fields.Count <= 25);
            Assert.True((e.Title?.Length ?? 0) <= 256);
            Assert.True((e.Description?.Length ?? 0) <= 4096);
            Assert.True((e.Footer?.Text.Length ?? 0) <= 2048);
            Assert.True((e.Author?.Name.Length ?? 0) <= 256);
            Assert.All(e.Fields, f => Assert.True(f.Name.Length <= 256 && f.Value.Length <= 1024));
            Assert.Equal(0x123456, e.Color);
        });
        Assert.EndsWith("\u2026", fitted[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_spreads_many_embeds_over_messages_within_every_limit()
    {
        var embeds = Enumerable.Range(0, 25).Select(i => new Embed { Title = $"e{i}", Description = Words }).ToList();

        var messages = MessageLimits.Split(Words, embeds, [], ephemeral: true, replyToMessageId: 7);

        Assert.All(messages, m => Assert.Null(FakeDiscord.CheckMessage(System.Text.Json.Nodes.JsonNode.Parse(Serialize(m)))));
        Assert.All(messages, m => Assert.True(m.Embeds.Count <= 10 && m.Embeds.Sum(MessageLimits.CountCharacters) <= 6000));
        Assert.Equal(25, messages.Sum(m => m.Embeds.Count));
        Assert.Equal(7UL, messages[0].ReplyToMessageId);
        Assert.All(messages.Skip(1), m => Assert.Null(m.ReplyToMessageId));
        Assert.All(messages, m => Assert.True(m.Ephemeral));
    }

    [Fact]
    public void Empty_reply_produces_no_messages_and_empty_field_text_is_made_valid()
    {
        Assert.Empty(MessageLimits.Split("  ", [], []));

        var fitted = MessageLimits.FitEmbed(new Embed { Fields = [new EmbedField("", " ")] });

        Assert.All(fitted[0].Fields, f => Assert.True(f.Name.Length > 0 && f.Value.Trim().Length > 0));
    }

    private static string Serialize(OutgoingMessage message) => Rest.DiscordPayloads.Message(message).ToJsonString();
}
