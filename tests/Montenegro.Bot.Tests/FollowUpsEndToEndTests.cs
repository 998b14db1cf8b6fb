using System.Text.Json.Nodes;

namespace Montenegro.Bot.Tests;

/// <summary>Follow-ups in Discord: a reply to an answer, or a question in a thread started from one, continues that answer.</summary>
public sealed class FollowUpsEndToEndTests(AnswersUiBot bot) : IClassFixture<AnswersUiBot>
{
    private static JsonNode Embed(RecordedRequest reply) => reply.Json!["embeds"]![0]!;

    [Fact]
    public async Task The_same_words_replied_to_two_different_answers_get_two_different_right_answers()
    {
        var recognition = bot.Sent(await bot.AskAsync("When did the UK recognise Montenegro?"));
        var relations = bot.Sent(await bot.AskAsync("What are Montenegro's relations with China?"));

        var afterRecognition = await bot.AskAsync("and Russia?", repliedTo: recognition);
        var afterRelations = await bot.AskAsync("and Russia?", repliedTo: relations);

        // Russia's recognition: the date.
        Assert.Contains("11 June 2006", Embed(afterRecognition)["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("relations with Russia", Embed(afterRecognition)["description"]!.GetValue<string>(), StringComparison.Ordinal);

        // Relations with Russia: their story, sanctions and expulsions included.
        var relationsText = Embed(afterRelations)["description"]!.GetValue<string>();
        Assert.Contains("relations with Russia", relationsText, StringComparison.Ordinal);
        Assert.Contains("sanctions", relationsText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_reply_the_same_words_are_a_question_of_their_own()
    {
        var alone = await bot.AskAsync("and Russia?");

        Assert.DoesNotContain("Taken as", alone.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_answer_carries_its_context_on_so_a_reply_to_it_follows_it()
    {
        var first = bot.Sent(await bot.AskAsync("When did the UK recognise Montenegro?"));
        var second = bot.Sent(await bot.AskAsync("and Russia?", repliedTo: first));

        var third = await bot.AskAsync("and China?", repliedTo: second);

        Assert.Contains("14 June", Embed(third)["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_in_a_thread_started_from_an_answer_follows_that_answer()
    {
        var answer = bot.Sent(await bot.AskAsync("When did the UK recognise Montenegro?"));
        var thread = ulong.Parse(answer["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        bot.Discord.AddMessage(answer);
        bot.Discord.AddChannel(new JsonObject
        {
            ["id"] = AnswersUiBot.Id(thread),
            ["type"] = 11,
            ["guild_id"] = AnswersUiBot.Id(DiscordPayloadFactory.GuildId),
            ["parent_id"] = AnswersUiBot.Id(DiscordPayloadFactory.ChannelId),
            ["name"] = "UK recognition",
        });

        var inThread = await bot.AskAsync("and Russia?", inThread: thread);

        Assert.EndsWith($"/channels/{AnswersUiBot.Id(thread)}/messages", inThread.Path, StringComparison.Ordinal);
        Assert.Contains("11 June 2006", Embed(inThread)["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_that_asks_nothing_and_pings_no_one_is_left_to_the_people_talking()
    {
        var answer = bot.Sent(await bot.AskAsync("When did the UK recognise Montenegro?"));
        var chat = bot.Discord.NextSnowflake();
        var message = DiscordPayloadFactory.Message(chat, "nice, thanks");
        message["type"] = 19;
        message["message_reference"] = new JsonObject { ["type"] = 0, ["message_id"] = answer["id"]!.DeepClone(), ["channel_id"] = AnswersUiBot.Id(DiscordPayloadFactory.ChannelId) };
        message["referenced_message"] = answer.DeepClone();
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", message);

        // A question sent after it is answered, so the chat message has been handled by then.
        await bot.AskAsync("and Russia?", repliedTo: answer);

        Assert.DoesNotContain(bot.Discord.Requests, r => r.Method == "POST" && r.Body.Contains($"\"message_id\":\"{AnswersUiBot.Id(chat)}\"", StringComparison.Ordinal));
    }
}
