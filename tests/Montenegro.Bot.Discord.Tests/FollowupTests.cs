using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>Follow-up messages handlers send and edit, and private deferrals.</summary>
public sealed class FollowupTests
{
    private static JsonObject Answer(FakeDiscord discord) => ComponentPayloadFactory.BotMessage(
        discord,
        1_310_000_000_000_000_600,
        "Montenegro joined NATO on 5 June 2017.",
        components: [new JsonObject { ["type"] = 1, ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 2, ["label"] = "Chart", ["custom_id"] = "chart:nato" }) }]);

    [Fact]
    public async Task Component_handler_sends_a_private_follow_up_edits_it_and_then_updates_the_message()
    {
        var chart = new ScriptedComponentHandler("chart:", ComponentDeferral.Update, async (c, ct) =>
        {
            var sent = await c.Followups.SendAsync(InteractionReply.Text("Drawing the chart…", ephemeral: true), ct);
            await c.Followups.EditAsync(sent[^1], InteractionReply.Text("Chart ready below.", ephemeral: true), ct);
            return InteractionResponse.Update(new InteractionReply { Content = "Montenegro joined NATO on 5 June 2017.", Components = [new ActionRow(Button.Secondary("chart:nato", "Chart", disabled: true))] });
        });
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IComponentHandler>(chart));
        var click = ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "chart:nato", Answer(h.Discord));

        // No clock advance: asking for a follow-up acknowledges at once.
        var response = await h.DeliverAsync(click);
        await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        var calls = h.WebhookRequests(click);

        Assert.Equal(6, response["type"]!.GetValue<int>());
        Assert.Equal(3, calls.Count);
        var (post, edit, update) = (calls[0], calls[1], calls[2]);
        Assert.Equal("POST", post.Method);
        Assert.Equal(64, post.Json!["flags"]!.GetValue<int>());
        Assert.Equal("Drawing the chart…", post.Json["content"]!.GetValue<string>());
        Assert.Equal("PATCH", edit.Method);
        Assert.Matches("/messages/[0-9]+$", edit.Path);
        Assert.Equal("Chart ready below.", edit.Json!["content"]!.GetValue<string>());

        // The fake answers 404 for ids it did not hand out for this token: 200 means the id came from the POST.
        Assert.Equal(200, edit.Status);
        Assert.Equal("PATCH", update.Method);
        Assert.True(update.Json!["components"]![0]!["components"]![0]!["disabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Follow_up_before_the_answer_fills_the_thinking_message_and_the_answer_comes_after_it()
    {
        var handler = new ContextCommandHandler(async (c, ct) =>
        {
            await c.Followups.SendAsync(InteractionReply.Text("Looking through the sources…"), ct);
            return InteractionReply.Text("Russia recognised Montenegro on 11 June 2006.");
        });
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IInteractionHandler>(handler));
        var command = DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x"));

        var response = await h.DeliverAsync(command);
        await h.Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
        var calls = h.WebhookRequests(command);

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Null(response["data"]);
        Assert.Equal(2, calls.Count);
        Assert.Equal("PATCH", calls[0].Method);
        Assert.EndsWith("/messages/@original", calls[0].Path, StringComparison.Ordinal);
        Assert.Equal("Looking through the sources…", calls[0].Json!["content"]!.GetValue<string>());
        Assert.Equal("POST", calls[1].Method);
        Assert.Equal("Russia recognised Montenegro on 11 June 2006.", calls[1].Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Private_command_that_is_slow_is_deferred_with_flags_64_and_its_answer_edited_in()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ContextCommandHandler(
            async (_, ct) =>
            {
                await release.Task.WaitAsync(ct);
                return InteractionReply.Text("Only you can see this.", ephemeral: true);
            },
            isEphemeral: i => i.GetOption("private")?.Value == "true");
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IInteractionHandler>(handler));
        var command = DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x"), ("private", true));

        var response = await h.DeliverAsync(command, advanceClock: true);
        release.SetResult();
        var edit = await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("Only you can see this.", edit.Json!["content"]!.GetValue<string>());
        await h.Metrics.WaitForAsync("discord.interactions.handled");
        Assert.DoesNotContain(h.WebhookRequests(command), r => r.Method is "DELETE" or "POST");
    }

    [Fact]
    public async Task Private_command_over_http_gets_a_private_deferral_in_the_response_body()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ContextCommandHandler(
            async (_, ct) =>
            {
                await release.Task.WaitAsync(ct);
                return InteractionReply.Text("Only you can see this.", ephemeral: true);
            },
            isEphemeral: _ => true);
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Http, s => s.AddSingleton<IInteractionHandler>(handler));

        var response = await h.DeliverAsync(DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x")), advanceClock: true);
        release.SetResult();
        var edit = await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));

        Assert.Equal(5, response["type"]!.GetValue<int>());
        Assert.Equal(64, response["data"]!["flags"]!.GetValue<int>());
        Assert.Equal(200, edit.Status);
    }

    [Fact]
    public async Task Private_follow_up_never_fills_a_public_thinking_message()
    {
        var handler = new ContextCommandHandler(async (c, ct) =>
        {
            await c.Followups.SendAsync(InteractionReply.Text("Just for you.", ephemeral: true), ct);
            return InteractionReply.Text("For everyone.");
        });
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IInteractionHandler>(handler));
        var command = DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x"));

        await h.DeliverAsync(command);
        await h.Discord.WaitForConditionAsync(() => h.WebhookRequests(command).Count == 3, "delete, private follow-up, public answer");
        var calls = h.WebhookRequests(command);

        Assert.Equal("DELETE", calls[0].Method);
        Assert.Equal(("POST", 64), (calls[1].Method, calls[1].Json!["flags"]!.GetValue<int>()));
        Assert.Equal(("POST", "For everyone."), (calls[2].Method, calls[2].Json!["content"]!.GetValue<string>()));
        Assert.Null(calls[2].Json!["flags"]);
    }

    [Fact]
    public async Task Follow_up_can_be_deleted()
    {
        var chart = new ScriptedComponentHandler("chart:", ComponentDeferral.Update, async (c, ct) =>
        {
            var sent = await c.Followups.SendAsync(InteractionReply.Text("Working…", ephemeral: true), ct);
            await c.Followups.DeleteAsync(sent[0], ct);
            return InteractionResponse.Acknowledge();
        });
        await using var h = await ComponentHarness.StartAsync(InteractionTransport.Gateway, s => s.AddSingleton<IComponentHandler>(chart));
        var click = ComponentPayloadFactory.ButtonClick(h.Discord, h.Discord.NextSnowflake(), "chart:x", Answer(h.Discord));

        await h.DeliverAsync(click);
        var delete = await h.Discord.WaitForRequestAsync(r => r.Method == "DELETE");

        Assert.Equal(204, delete.Status);
        Assert.Matches("/messages/[0-9]+$", delete.Path);
    }
}
