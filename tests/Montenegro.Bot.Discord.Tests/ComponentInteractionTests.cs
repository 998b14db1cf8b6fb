using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>Buttons, select menus and modals, dispatched by custom-id prefix, over both transports.</summary>
public sealed class ComponentInteractionTests
{
    private static JsonObject AnswerMessage(FakeDiscord discord, ulong id) => ComponentPayloadFactory.BotMessage(
        discord,
        id,
        "Page 1 of 3",
        embeds: [new JsonObject { ["type"] = "rich", ["title"] = "NATO road", ["footer"] = new JsonObject { ["text"] = "q:nato|p:1" } }],
        components:
        [
            new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(
                    new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = "More", ["custom_id"] = "page:2" },
                    new JsonObject { ["type"] = 2, ["style"] = 5, ["label"] = "Docs", ["url"] = "https://example.org/nato" }),
            },
        ]);

    [Theory]
    [InlineData(InteractionTransport.Gateway)]
    [InlineData(InteractionTransport.Http)]
    public async Task Button_click_goes_to_the_longest_matching_prefix_and_updates_the_message_with_type_7(InteractionTransport transport)
    {
        var broad = new ScriptedComponentHandler("p", ComponentDeferral.Message, (_, _) => Task.FromResult(InteractionResponse.Message(InteractionReply.Text("wrong handler"))));
        var paging = new ScriptedComponentHandler("page:", ComponentDeferral.Update, (c, _) => Task.FromResult(InteractionResponse.Update(new InteractionReply
        {
            Content = $"Page {c.Interaction.CustomId["page:".Length..]} of 3",
            Components = [new ActionRow(Button.Secondary("page:1", "Back"), Button.Secondary("page:3", "More"))],
        })));
        await using var h = await ComponentHarness.StartAsync(transport, s => s.AddSingleton<IComponentHandler>(broad).AddSingleton<IComponentHandler>(paging));
        var id = h.Discord.NextSnowflake();
        var message = AnswerMessage(h.Discord, 1_310_000_000_000_000_500);

        var response = await h.DeliverAsync(ComponentPayloadFactory.ButtonClick(h.Discord, id, "page:2", message));

        Assert.Equal(7, response["type"]!.GetValue<int>());
        Assert.Equal("Page 2 of 3", response["data"]!["content"]!.GetValue<string>());
        var buttons = response["data"]!["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["page:1", "page:3"], buttons.Select(b => b!["custom_id"]!.GetValue<string>()));
        Assert.Null(response["data"]!["flags"]);
        Assert.Empty(broad.Seen);
        var seen = Assert.Single(paging.Seen).Interaction;
        Assert.Equal(InteractionType.MessageComponent, seen.Type);
        Assert.Equal(ComponentType.Button, seen.ComponentType);
        Assert.Equal("hr", seen.Locale);
        Assert.Equal("Page 1 of 3", seen.Message!.Content);
        Assert.Equal("q:nato|p:1", seen.Message.Embeds[0].Footer!.Text);
        Assert.Equal(h.Discord.BotUserId, seen.Message.AuthorId);
        Assert.Equal("https://example.org/nato", Assert.IsType<Button>(seen.Message.Components[0].Components[1]).Url);
    }

    [Theory]
    [InlineData(InteractionTransport.Gateway)]
    [InlineData(InteractionTransport.Http)]
    public async Task Slow_update_is_acknowledged_with_type_6_and_the_message_is_patched_afterwards(InteractionTransport transport)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var paging = new ScriptedComponentHandler("page:", ComponentDeferral.Update, async (_, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return InteractionResponse.Update(new InteractionReply { Content = "Page 2 of 3", Components = [new ActionRow(Button.Secondary("page:3", "More"))] });
        });
        await using var h = await ComponentHarness.StartAsync(transport, s => s.AddSingleton<IComponentHandler>(paging));
        var click = ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "page:2", AnswerMessage(h.Discord, 1_310_000_000_000_000_501));

        var response = await h.DeliverAsync(click, advanceClock: true);
        release.SetResult();
        var patch = await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));

        Assert.Equal(6, response["type"]!.GetValue<int>());
        Assert.Null(response["data"]);
        Assert.Equal(200, patch.Status);
        Assert.Equal("Page 2 of 3", patch.Json!["content"]!.GetValue<string>());
        Assert.Equal("page:3", patch.Json["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>());
        Assert.Empty(patch.Json["embeds"]!.AsArray());
        Assert.Empty(patch.Json["attachments"]!.AsArray());
        await h.Metrics.WaitForAsync("discord.interactions.handled");
        Assert.DoesNotContain(h.WebhookRequests(click), r => r.Method == "POST" || r.Method == "DELETE");
    }

    [Theory]
    [InlineData(InteractionTransport.Gateway)]
    [InlineData(InteractionTransport.Http)]
    public async Task Button_with_an_unknown_prefix_gets_a_private_note_that_it_expired(InteractionTransport transport)
    {
        var paging = new ScriptedComponentHandler("page:", ComponentDeferral.Update, (_, _) => Task.FromResult(InteractionResponse.Acknowledge()));
        await using var h = await ComponentHarness.StartAsync(transport, s => s.AddSingleton<IComponentHandler>(paging));

        var response = await h.DeliverAsync(ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "v1-old:42", AnswerMessage(h.Discord, 1_310_000_000_000_000_502)));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(new ComponentInteractionOptions().ExpiredMessage, response["data"]!["content"]!.GetValue<string>());
        Assert.Empty(paging.Seen);
    }

    [Fact]
    public async Task Expired_note_can_be_reworded()
    {
        await using var h = await ComponentHarness.StartAsync(
            InteractionTransport.Gateway,
            s => s.Configure<ComponentInteractionOptions>(o => o.ExpiredMessage = "Ovo dugme je isteklo."));

        var response = await h.DeliverAsync(ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "gone:1", AnswerMessage(h.Discord, 1_310_000_000_000_000_503)));

        Assert.Equal("Ovo dugme je isteklo.", response["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Select_menu_choice_reaches_its_handler_with_the_chosen_values_and_can_answer_privately()
    {
        var topics = new ScriptedComponentHandler("topic:", ComponentDeferral.EphemeralMessage, (c, _) =>
            Task.FromResult(InteractionResponse.Message(InteractionReply.Text("You picked " + string.Join(", ", c.Interaction.Values), ephemeral: true))));
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IComponentHandler>(topics));

        var response = await h.DeliverAsync(ComponentPayloadFactory.SelectChoice(h.Discord, h.Discord.NextSnowflake(), "topic:pick", AnswerMessage(h.Discord, 1_310_000_000_000_000_504), "nato", "eu"));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("You picked nato, eu", response["data"]!["content"]!.GetValue<string>());
        Assert.Equal(ComponentType.StringSelect, Assert.Single(topics.Seen).Interaction.ComponentType);
    }

    [Fact]
    public async Task Slow_private_component_handler_is_deferred_with_type_5_and_flags_64()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sources = new ScriptedComponentHandler("src:", ComponentDeferral.EphemeralMessage, async (_, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return InteractionResponse.Message(InteractionReply.Text("Sources: …", ephemeral: true));
        });
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IComponentHandler>(sources));
        var click = ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "src:nato", AnswerMessage(h.Discord, 1_310_000_000_000_000_505));

        var response = await h.DeliverAsync(click, advanceClock: true);
        release.SetResult();
        var edit = await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("Sources: …", edit.Json!["content"]!.GetValue<string>());
        await h.Metrics.WaitForAsync("discord.interactions.handled");
        Assert.DoesNotContain(h.WebhookRequests(click), r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Button_opens_a_modal_with_type_9_and_the_submission_goes_to_the_handler_of_its_prefix()
    {
        var feedback = new ScriptedComponentHandler("fb:", ComponentDeferral.EphemeralMessage, (c, _) => Task.FromResult(
            c.Interaction.Type == InteractionType.MessageComponent
                ? InteractionResponse.ShowModal(new Modal("fb:form:nato", "What was wrong?", new TextInput("fb:text", "Tell us", TextInputStyle.Paragraph, description: "One or two sentences", maxLength: 500)))
                : InteractionResponse.Message(InteractionReply.Text($"Thanks! ({c.Interaction.CustomId}: {c.Interaction.GetModalValue("fb:text")})", ephemeral: true))));
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IComponentHandler>(feedback));
        var message = AnswerMessage(h.Discord, 1_310_000_000_000_000_506);

        var opened = await h.DeliverAsync(ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "fb:open", message));
        var submitted = await h.DeliverAsync(ComponentPayloadFactory.ModalSubmit(h.Discord, h.Discord.NextSnowflake(), "fb:form:nato", message, ("fb:text", "The date is wrong")));

        Assert.Equal(9, opened["type"]!.GetValue<int>());
        Assert.Equal("fb:form:nato", opened["data"]!["custom_id"]!.GetValue<string>());
        Assert.Equal("What was wrong?", opened["data"]!["title"]!.GetValue<string>());
        var label = opened["data"]!["components"]![0]!;
        Assert.Equal(18, label["type"]!.GetValue<int>());
        Assert.Equal("Tell us", label["label"]!.GetValue<string>());
        Assert.Equal(4, label["component"]!["type"]!.GetValue<int>());
        Assert.Equal(2, label["component"]!["style"]!.GetValue<int>());
        Assert.Equal(500, label["component"]!["max_length"]!.GetValue<int>());
        Assert.Equal(4, submitted["type"]!.GetValue<int>());
        Assert.Equal(64, submitted["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("Thanks! (fb:form:nato: The date is wrong)", submitted["data"]!["content"]!.GetValue<string>());
        Assert.Empty(h.Discord.LimitViolations);
    }

    [Fact]
    public async Task Modal_returned_for_a_modal_submission_becomes_a_private_error_instead_of_a_400()
    {
        var loop = new ScriptedComponentHandler("fb:", ComponentDeferral.Message, (_, _) =>
            Task.FromResult(InteractionResponse.ShowModal(new Modal("fb:again", "Again?", new TextInput("fb:x", "X")))));
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IComponentHandler>(loop));

        var response = await h.DeliverAsync(ComponentPayloadFactory.ModalSubmit(h.Discord, h.Discord.NextSnowflake(), "fb:form", null, ("fb:x", "y")));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Contains(h.Logs.Entries, e => e.Message.Contains("another modal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Throwing_component_handler_gets_a_short_private_error_and_the_log_keeps_the_cause()
    {
        var broken = new ScriptedComponentHandler("src:", ComponentDeferral.Update, (_, _) => throw new InvalidOperationException("index is gone"));
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IComponentHandler>(broken));

        var response = await h.DeliverAsync(ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "src:1", AnswerMessage(h.Discord, 1_310_000_000_000_000_507)));

        Assert.Equal(4, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.DoesNotContain("index is gone", response.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(h.Logs.Entries, e => e.Exception?.Contains("index is gone", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Two_handlers_claiming_one_prefix_fail_at_start_naming_both()
    {
        var first = new ScriptedComponentHandler("src:", ComponentDeferral.Update, (_, _) => Task.FromResult(InteractionResponse.Acknowledge()));
        var second = new ScriptedComponentHandler("src:", ComponentDeferral.Update, (_, _) => Task.FromResult(InteractionResponse.Acknowledge()));

        var error = Assert.Throws<InvalidOperationException>(() => new ComponentHandlerRegistry([first, second]));

        Assert.Contains("'src:'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ScriptedComponentHandler), error.Message, StringComparison.Ordinal);
    }
}
