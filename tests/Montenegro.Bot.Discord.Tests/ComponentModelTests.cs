using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Messages;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Tests;

/// <summary>Components refuse, at construction, what Discord would refuse with a 400; and are written as Discord documents them.</summary>
public sealed class ComponentModelTests
{
    private static ActionRow Row(string prefix, int buttons = 1) =>
        new(Enumerable.Range(0, buttons).Select(i => (MessageComponent)Button.Secondary($"{prefix}{i}", $"B{i}")));

    [Fact]
    public void Custom_id_over_100_characters_is_refused_with_its_length()
    {
        var error = Assert.Throws<ArgumentException>(() => Button.Primary(new string('x', 101), "Sources"));

        Assert.Equal("customId", error.ParamName);
        Assert.Contains("at most 100 characters (got 101", error.Message, StringComparison.Ordinal);
        Assert.Equal(100, Button.Primary(new string('x', 100), "Sources").CustomId!.Length);
    }

    [Fact]
    public void Sixth_button_in_a_row_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Row("b", buttons: 6));

        Assert.Contains("at most 5 buttons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixth_row_on_a_reply_is_refused()
    {
        var rows = Enumerable.Range(0, 6).Select(i => Row($"r{i}:")).ToList();

        var error = Assert.Throws<ArgumentException>(() => new InteractionReply { Content = "x", Components = rows });

        Assert.Contains("at most 5 action rows", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, new MessageReply { Content = "x", Components = rows.Take(5).ToList() }.Components.Count);
    }

    [Fact]
    public void Same_custom_id_twice_in_one_message_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new OutgoingMessage { Components = [Row("same:"), Row("same:")] });

        Assert.Contains("'same:0' is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_menu_takes_1_to_25_options_and_fills_its_row_alone()
    {
        var options = Enumerable.Range(0, 26).Select(i => new SelectMenuOption($"Topic {i}", $"t{i}")).ToList();

        Assert.Contains("1-25 options (got 26)", Assert.Throws<ArgumentException>(() => new StringSelectMenu("topic:", options)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new StringSelectMenu("topic:", []));
        var menu = new StringSelectMenu("topic:", options.Take(25), placeholder: "Pick a topic", maxValues: 3);
        Assert.Contains("on its own", Assert.Throws<ArgumentException>(() => new ActionRow(menu, Button.Primary("x", "X"))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new StringSelectMenu("topic:", options.Take(2), maxValues: 3));
        Assert.Throws<ArgumentException>(() => new StringSelectMenu("topic:", [new SelectMenuOption("A", "same"), new SelectMenuOption("B", "same")]));
    }

    [Fact]
    public void Buttons_need_a_label_or_emoji_and_link_buttons_a_web_url_without_custom_id()
    {
        Assert.Throws<ArgumentException>(() => Button.Secondary("x", null));
        Assert.Throws<ArgumentException>(() => Button.Secondary("x", new string('l', 81)));
        Assert.Throws<ArgumentException>(() => Button.Link("javascript:alert(1)", "Open"));
        Assert.Throws<ArgumentException>(() => new Button(ButtonStyle.Link, "Open", customId: "x", url: "https://example.org"));
        Assert.Throws<ArgumentException>(() => new Button(ButtonStyle.Primary, "Open", customId: "x", url: "https://example.org"));
        Assert.Throws<ArgumentException>(() => new Button((ButtonStyle)6, "Buy", customId: "x"));
        Assert.Equal("👍", Button.Success("yes", null, new ComponentEmoji("👍")).Emoji!.Name);
    }

    [Fact]
    public void Modal_takes_1_to_5_inputs_with_a_short_title()
    {
        var inputs = Enumerable.Range(0, 6).Select(i => new TextInput($"f{i}", $"Field {i}")).ToList();

        Assert.Throws<ArgumentException>(() => new Modal("m", "Form", inputs));
        Assert.Throws<ArgumentException>(() => new Modal("m", new string('t', 46), inputs.Take(1)));
        Assert.Throws<ArgumentException>(() => new TextInput("f", new string('l', 46)));
        Assert.Throws<ArgumentException>(() => new TextInput("f", "Label", minLength: 10, maxLength: 5));
        Assert.Equal(5, new Modal("m", "Form", inputs.Take(5)).Inputs.Count);
    }

    [Fact]
    public void Components_are_written_with_discords_field_names()
    {
        var message = new OutgoingMessage
        {
            Content = "Answer",
            Components =
            [
                new ActionRow(Button.Primary("src:1", "Sources", new ComponentEmoji("📄")), Button.Link("https://example.org/doc", "Document"), Button.Danger("no:1", "Not helpful", disabled: true)),
                new ActionRow(new StringSelectMenu("topic:", [new SelectMenuOption("NATO", "nato", "Road to membership", isDefault: true), new SelectMenuOption("EU", "eu")], "Nearest topics", minValues: 1, maxValues: 2)),
            ],
        };

        var json = DiscordPayloads.Message(message)["components"]!;

        AssertJson(
            """[{"type":1,"components":[{"type":2,"style":1,"label":"Sources","emoji":{"name":"📄"},"custom_id":"src:1"},{"type":2,"style":5,"label":"Document","url":"https://example.org/doc"},{"type":2,"style":4,"label":"Not helpful","custom_id":"no:1","disabled":true}]},{"type":1,"components":[{"type":3,"custom_id":"topic:","options":[{"label":"NATO","value":"nato","description":"Road to membership","default":true},{"label":"EU","value":"eu"}],"placeholder":"Nearest topics","min_values":1,"max_values":2}]}]""",
            json);
    }

    private static void AssertJson(string expected, System.Text.Json.Nodes.JsonNode actual) =>
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(expected), actual), actual.ToJsonString());

    [Fact]
    public void Edits_and_updates_replace_the_whole_message_and_carry_no_flags()
    {
        var update = DiscordPayloads.Callback(InteractionCallback.Update(new OutgoingMessage { Content = "Page 2", Ephemeral = true }));

        Assert.Equal(7, update["type"]!.GetValue<int>());
        Assert.Equal("""{"content":"Page 2","allowed_mentions":{"parse":[]},"embeds":[],"components":[],"attachments":[]}""", update["data"]!.ToJsonString());
        Assert.Equal("""{"type":6}""", DiscordPayloads.Callback(InteractionCallback.DeferUpdate()).ToJsonString());
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", DiscordPayloads.Callback(InteractionCallback.Defer(ephemeral: true)).ToJsonString());
    }
}
