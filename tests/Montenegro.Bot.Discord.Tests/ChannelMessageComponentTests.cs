using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>Buttons on answers to plain messages, and editing such an answer later.</summary>
public sealed class ChannelMessageComponentTests
{
    [Fact]
    public async Task Answer_to_a_mention_carries_its_buttons_and_can_be_edited_in_place()
    {
        await using var h = await BotHarness.StartAsync(bot: b => b.OnMessage = (_, _, _) => Task.FromResult<MessageReply?>(new MessageReply
        {
            Content = "Montenegro joined NATO on 5 June 2017.",
            Components = [new ActionRow(Button.Secondary("src:nato", "Sources", new ComponentEmoji("📄")), Button.Success("fb:up:nato", "Helpful"))],
        }));
        var question = h.Discord.NextSnowflake();

        await h.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloadFactory.Message(question, "<@1> when did we join NATO?", mentions: [h.Discord.BotUserId]));
        var post = await h.Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal));
        var rest = h.Host.Services.GetRequiredService<IDiscordRestClient>();
        await rest.EditMessageAsync(DiscordPayloadFactory.ChannelId, 42, new OutgoingMessage { Content = "Montenegro joined NATO on 5 June 2017." }, CancellationToken.None);
        var edit = await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH");

        var buttons = post.Json!["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["src:nato", "fb:up:nato"], buttons.Select(b => b!["custom_id"]!.GetValue<string>()));
        Assert.Equal(question.ToString(System.Globalization.CultureInfo.InvariantCulture), post.Json["message_reference"]!["message_id"]!.GetValue<string>());
        Assert.Equal(200, post.Status);
        Assert.Equal($"/channels/{DiscordPayloadFactory.ChannelId}/messages/42", edit.Path);
        Assert.Empty(edit.Json!["components"]!.AsArray());
        Assert.Null(edit.Json["message_reference"]);
        Assert.Equal(200, edit.Status);
    }
}
