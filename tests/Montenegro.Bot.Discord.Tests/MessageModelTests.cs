using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>What handlers can read: replies and the answers they reply to, threads, locales, message-command targets.</summary>
public sealed class MessageModelTests
{
    private const ulong AnswerId = 1_310_000_000_000_000_800;

    private static JsonObject BotAnswer(FakeDiscord discord) => ComponentPayloadFactory.BotMessage(
        discord,
        AnswerId,
        "",
        embeds:
        [
            new JsonObject
            {
                ["type"] = "rich",
                ["title"] = "Recognition",
                ["description"] = "Russia recognised Montenegro on 11 June 2006.",
                ["color"] = 3447003,
                ["fields"] = new JsonArray(new JsonObject { ["name"] = "Source", ["value"] = "Foreign relations, §2", ["inline"] = true }),
                ["footer"] = new JsonObject { ["text"] = "f:recognition|c:RU" },
                ["timestamp"] = "2026-11-23T16:59:00.000Z",
            },
        ]);

    [Fact]
    public async Task Reply_to_the_bots_answer_carries_the_answer_with_its_embeds_footer_and_author()
    {
        await using var h = await BotHarness.StartAsync();
        var reply = DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "and Serbia?", mentions: [h.Discord.BotUserId]);
        reply["type"] = 19;
        reply["message_reference"] = new JsonObject
        {
            ["type"] = 0,
            ["message_id"] = AnswerId.ToString(CultureInfo.InvariantCulture),
            ["channel_id"] = DiscordPayloadFactory.ChannelId.ToString(CultureInfo.InvariantCulture),
            ["guild_id"] = DiscordPayloadFactory.GuildId.ToString(CultureInfo.InvariantCulture),
        };
        reply["referenced_message"] = BotAnswer(h.Discord);

        await h.Discord.DispatchAsync("MESSAGE_CREATE", reply);
        await h.WaitUntilAsync(() => !h.Bot.Messages.IsEmpty, "the handler got the message");

        var message = Assert.Single(h.Bot.Messages);
        Assert.Equal(MessageType.Reply, message.Type);
        Assert.Equal(new MessageReference(MessageReferenceType.Default, AnswerId, DiscordPayloadFactory.ChannelId, DiscordPayloadFactory.GuildId), message.Reference);
        Assert.True(message.IsReplyTo(h.Discord.BotUserId));
        var answer = message.ReferencedMessage!;
        Assert.Equal(AnswerId, answer.Id);
        Assert.Equal(h.Discord.BotUserId, answer.AuthorId);
        Assert.True(answer.AuthorIsBot);
        var embed = Assert.Single(answer.Embeds);
        Assert.Equal("f:recognition|c:RU", embed.Footer!.Text);
        Assert.Equal("Russia recognised Montenegro on 11 June 2006.", embed.Description);
        Assert.Equal(3447003, embed.Color);
        Assert.Equal(new EmbedField("Source", "Foreign relations, §2", true), Assert.Single(embed.Fields));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 16, 59, 0, TimeSpan.Zero), embed.Timestamp);
        Assert.False(message.IsInThread);
    }

    [Fact]
    public async Task Message_in_a_thread_started_from_an_answer_leads_back_to_that_answer()
    {
        await using var h = await BotHarness.StartAsync();
        var threadId = AnswerId;
        var inThread = DiscordPayloadFactory.Message(h.Discord.NextSnowflake(), "what about the EU?", mentions: [h.Discord.BotUserId]);
        inThread["channel_id"] = threadId.ToString(CultureInfo.InvariantCulture);
        inThread["channel_type"] = 11;
        h.Discord.AddChannel(new JsonObject
        {
            ["id"] = threadId.ToString(CultureInfo.InvariantCulture),
            ["type"] = 11,
            ["guild_id"] = DiscordPayloadFactory.GuildId.ToString(CultureInfo.InvariantCulture),
            ["parent_id"] = DiscordPayloadFactory.ChannelId.ToString(CultureInfo.InvariantCulture),
            ["name"] = "Recognition",
            ["owner_id"] = DiscordPayloadFactory.UserId.ToString(CultureInfo.InvariantCulture),
        });
        var answer = BotAnswer(h.Discord);
        answer["thread"] = new JsonObject { ["id"] = threadId.ToString(CultureInfo.InvariantCulture), ["type"] = 11 };
        h.Discord.AddMessage(answer);
        var rest = h.Host.Services.GetRequiredService<IDiscordRestClient>();

        await h.Discord.DispatchAsync("MESSAGE_CREATE", inThread);
        await h.WaitUntilAsync(() => !h.Bot.Messages.IsEmpty, "the handler got the message");
        var message = Assert.Single(h.Bot.Messages);
        var thread = await rest.GetChannelAsync(message.ChannelId, CancellationToken.None);
        var starter = await rest.GetMessageAsync(thread.ParentId!.Value, message.ChannelId, CancellationToken.None);

        Assert.True(message.IsInThread);
        Assert.Equal(ChannelType.PublicThread, message.ChannelType);
        Assert.True(thread.IsThread);
        Assert.Equal(DiscordPayloadFactory.ChannelId, thread.ParentId);
        Assert.Equal(threadId, starter.StartedThreadId);
        Assert.Equal("f:recognition|c:RU", starter.Embeds[0].Footer!.Text);
        Assert.Equal(h.Discord.BotUserId, starter.AuthorId);
    }

    [Fact]
    public async Task Message_command_gives_the_target_message_locales_context_and_permissions()
    {
        var handler = new ContextCommandHandler((_, _) => Task.FromResult(InteractionReply.Text("ok")));
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IInteractionHandler>(handler));
        var target = DiscordPayloadFactory.Message(1_310_000_000_000_000_801, "When did Montenegro join NATO?", authorId: 1_150_000_000_000_000_099);

        await h.DeliverAsync(ComponentPayloadFactory.MessageCommand(h.Discord, h.Discord.NextSnowflake(), "Ask about this message", target));

        var interaction = Assert.Single(handler.Commands);
        Assert.Equal(ApplicationCommandType.Message, interaction.CommandType);
        Assert.Equal("Ask about this message", interaction.CommandName);
        Assert.Equal(1_310_000_000_000_000_801UL, interaction.TargetId);
        Assert.Equal("When did Montenegro join NATO?", interaction.TargetMessage!.Content);
        Assert.Equal(1_150_000_000_000_000_099UL, interaction.TargetMessage.AuthorId);
        Assert.Equal("hr", interaction.Locale);
        Assert.Equal("en-US", interaction.GuildLocale);
        Assert.Equal(InteractionContextType.Guild, interaction.Context);
        Assert.Equal(2248473465835073UL, interaction.AppPermissions);
        Assert.Empty(interaction.CustomId);
    }

    [Fact]
    public void Modal_submission_fields_are_read_from_labels_and_from_older_action_rows()
    {
        using var labelled = System.Text.Json.JsonDocument.Parse("""
            {"id":"1","application_id":"2","type":5,"token":"t","data":{"custom_id":"fb:form","components":[
              {"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"fb:text","value":"too long"}},
              {"type":1,"components":[{"type":4,"custom_id":"fb:old","value":"row style"}]},
              {"type":18,"id":3,"component":{"type":3,"id":4,"custom_id":"fb:topic","values":["nato","eu"]}}]}}
            """);

        var interaction = DiscordModelParser.ParseInteraction(labelled.RootElement);

        Assert.Equal("fb:form", interaction.CustomId);
        Assert.Equal("too long", interaction.GetModalValue("fb:text"));
        Assert.Equal("row style", interaction.GetModalValue("fb:old"));
        Assert.Equal(["nato", "eu"], interaction.ModalFields.Single(f => f.CustomId == "fb:topic").Values);
        Assert.Null(interaction.GetModalValue("missing"));
    }
}
