using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Montenegro.Bot.Discord.Interactions;
using Montenegro.Bot.Discord.Models;
using Montenegro.Bot.Discord.Testing;
using NSec.Cryptography;

namespace Montenegro.Bot.Discord.Tests;

public sealed class HttpInteractionsTests
{
    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Ping_is_answered_with_pong()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();

        using var response = await h.PostAsync(new JsonObject { ["id"] = "1", ["application_id"] = "2", ["type"] = 1, ["token"] = "t", ["version"] = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", (await JsonAsync(response)).ToJsonString());
    }

    [Fact]
    public async Task Slash_command_is_answered_in_the_response_body_with_type_4_and_no_mentions()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();
        var id = h.Discord.NextSnowflake();

        using var response = await h.PostAsync(DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "hello <@123>")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal("echo: hello <@123>", body["data"]!["content"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", body["data"]!["allowed_mentions"]!.ToJsonString());
        var seen = Assert.Single(h.Bot.Commands);
        Assert.Equal(DiscordPayloadFactory.UserId, seen.UserId);
        Assert.Empty(h.Discord.Requests);
    }

    [Fact]
    public async Task Autocomplete_is_answered_with_type_8_and_at_most_25_choices()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();

        using var response = await h.PostAsync(DiscordPayloadFactory.Autocomplete(h.Discord, h.Discord.NextSnowflake(), "city", "name", "Kot"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(8, body["type"]!.GetValue<int>());
        var choices = body["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.Equal("Kot 1", choices[0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Slow_handler_gets_a_type_5_body_then_the_original_response_is_edited_over_rest()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Over real Kestrel: the deferral body must be flushed to Discord before the edit that follows it.
        await using var h = await HttpInteractionsHarness.StartAsync(
            bot: b => b.OnCommand = async (_, ct) =>
            {
                await release.Task.WaitAsync(ct);
                return InteractionReply.Text("finally done <@5>");
            },
            realServer: true);
        var id = h.Discord.NextSnowflake();
        var since = h.Time.LastTimerId;

        var posting = h.PostAsync(DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));
        var threshold = await h.Time.WaitForTimerAsync(t => t.Remaining <= TimeSpan.FromSeconds(2), "the deferral threshold", since);
        h.Time.AdvanceTo(threshold);
        using var response = await posting;
        var deferral = await JsonAsync(response);
        h.Discord.AcknowledgeInline(DiscordPayloadFactory.TokenFor(id));
        release.SetResult();
        var edit = await h.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, deferral["type"]!.GetValue<int>());
        Assert.Equal($"/webhooks/{h.Discord.ApplicationId}/{DiscordPayloadFactory.TokenFor(id)}/messages/@original", edit.Path);
        Assert.Equal("finally done <@5>", edit.Json!["content"]!.GetValue<string>());
        Assert.Equal("""{"parse":[]}""", edit.Json["allowed_mentions"]!.ToJsonString());
        Assert.Null(edit.Header("Authorization"));
        Assert.Equal(200, edit.Status);
    }

    [Fact]
    public async Task Throwing_handler_is_answered_with_a_short_ephemeral_error()
    {
        await using var h = await HttpInteractionsHarness.StartAsync(bot: b => b.OnCommand = (_, _) => throw new InvalidOperationException("index is broken"));

        using var response = await h.PostAsync(DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x")));

        var body = await JsonAsync(response);
        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        var content = body["data"]!["content"]!.GetValue<string>();
        Assert.Contains("try again", content, StringComparison.Ordinal);
        Assert.DoesNotContain("index is broken", content, StringComparison.Ordinal);
        Assert.Contains(h.Logs.Entries, e => e.Exception?.Contains("index is broken", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Repeated_delivery_of_an_interaction_is_refused_with_409_and_not_answered_again()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();
        var payload = DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x"));

        using var first = await h.PostAsync(payload);
        using var second = await h.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Single(h.Bot.Commands);
        Assert.Equal(1, h.Metrics.Total("discord.http.requests", "replayed"));
    }

    [Fact]
    public async Task Tampered_body_is_refused_with_401_before_any_handler_runs()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();
        var body = Utf8(DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x")));

        using var response = await h.PostAsync(body, afterSigning: b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("\"x\"", "\"y\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(h.Bot.Commands);
    }

    [Fact]
    public async Task Request_signed_with_another_key_is_refused_with_401()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();
        using var other = Key.Create(SignatureAlgorithm.Ed25519);

        using var response = await h.PostAsync(Utf8(new JsonObject { ["id"] = "1", ["type"] = 1 }), signedWith: other);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_without_signature_headers_is_refused_with_401()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();

        using var response = await h.PostAsync(Utf8(new JsonObject { ["id"] = "1", ["type"] = 1 }), withHeaders: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task Correctly_signed_request_with_a_stale_timestamp_is_refused_with_401(int minutes)
    {
        await using var h = await HttpInteractionsHarness.StartAsync();

        using var response = await h.PostAsync(
            Utf8(DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x"))),
            timestamp: h.Time.GetUtcNow().AddMinutes(minutes));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(h.Bot.Commands);
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();
        var payload = DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", new string('a', 70_000)));

        using var response = await h.PostAsync(payload);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(h.Bot.Commands);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"id":"5","type":2""", "not valid JSON")]
    [InlineData("[1,2]", "wrong type or value")]
    [InlineData("""{"id":"5"}""", "required field is missing")]
    [InlineData("""{"id":"5","type":"two"}""", "wrong type or value")]
    [InlineData("""{"id":"5","type":2.5}""", "wrong type or value")]
    [InlineData("""{"type":2,"token":"t"}""", "no interaction id")]
    public async Task Signed_body_that_is_not_an_interaction_gets_400_and_one_quiet_log_line_with_the_reason(string body, string reason)
    {
        await using var h = await HttpInteractionsHarness.StartAsync();

        using var response = await h.PostAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(h.Bot.Commands);
        var line = Assert.Single(h.Logs.Entries, e => e.Category.EndsWith("HttpInteractionEndpoint", StringComparison.Ordinal));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, line.Level);
        Assert.Contains(reason, line.Message, StringComparison.Ordinal);
        Assert.Null(line.Exception);
        Assert.DoesNotContain(h.Logs.Entries, e => e.Exception is not null || e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Equal(1, h.Metrics.Total("discord.http.requests", "malformed"));
    }

    [Fact]
    public async Task Oversized_body_without_a_length_is_refused_with_413()
    {
        // Over real Kestrel: chunked transfer on a socket, where only reading can enforce the cap.
        await using var h = await HttpInteractionsHarness.StartAsync(realServer: true);
        var body = Utf8(DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", new string('a', 70_000))));
        var seconds = SignatureVerifierTests.Seconds(h.Time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/interactions")
        {
            // A stream of unknown length goes out chunked, so only reading can enforce the cap.
            Content = new StreamContent(new UnseekableStream(body)),
        };
        request.Headers.Add("X-Signature-Ed25519", SignatureVerifierTests.Sign(h.Key, seconds, body));
        request.Headers.Add("X-Signature-Timestamp", seconds);

        using var response = await h.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(h.Bot.Commands);
    }

    [Fact]
    public async Task Body_with_broken_chunked_encoding_gets_400_and_one_quiet_log_line()
    {
        // Over real Kestrel and a raw socket: only a real HTTP parser sees the broken encoding.
        await using var h = await HttpInteractionsHarness.StartAsync(realServer: true);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(h.Client.BaseAddress!.Host, h.Client.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var request = "POST /interactions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\nX-Signature-Ed25519: 00\r\nX-Signature-Timestamp: 1\r\n\r\nzz\r\nnot a chunk\r\n\r\n";

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync();
        await h.Metrics.WaitForAsync("discord.http.requests", "malformed");

        Assert.StartsWith("HTTP/1.1 400", status, StringComparison.Ordinal);
        var line = Assert.Single(h.Logs.Entries, e => e.Category.EndsWith("HttpInteractionEndpoint", StringComparison.Ordinal));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        Assert.DoesNotContain(h.Logs.Entries, e => e.Exception is not null);
    }

    [Fact]
    public async Task Answer_with_files_goes_out_as_a_rest_callback_and_the_request_gets_202()
    {
        await using var h = await HttpInteractionsHarness.StartAsync(bot: b => b.OnCommand = (_, _) => Task.FromResult(new InteractionReply
        {
            Content = "see file",
            Attachments = [new FileAttachment("report.txt", Encoding.UTF8.GetBytes("hello"), ContentType: "text/plain")],
        }));
        var id = h.Discord.NextSnowflake();

        using var response = await h.PostAsync(DiscordPayloadFactory.SlashCommand(h.Discord, id, "echo", ("text", "x")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var callback = Assert.Single(h.Discord.Requests, r => r.Method == "POST" && r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));
        Assert.Equal(204, callback.Status);
        Assert.Equal(["files[0]:report.txt"], callback.FileNames);
        Assert.Equal("see file", callback.Json!["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_and_answers_are_counted()
    {
        await using var h = await HttpInteractionsHarness.StartAsync();

        using var command = await h.PostAsync(DiscordPayloadFactory.SlashCommand(h.Discord, h.Discord.NextSnowflake(), "echo", ("text", "x")));
        using var ping = await h.PostAsync(new JsonObject { ["id"] = "1", ["type"] = 1 });
        using var refused = await h.PostAsync(Utf8(new JsonObject { ["id"] = "2", ["type"] = 1 }), withHeaders: false);
        await h.Metrics.WaitForAsync("discord.interactions.handled", "ok");

        Assert.Equal(1, h.Metrics.Total("discord.http.requests", "dispatched"));
        Assert.Equal(1, h.Metrics.Total("discord.http.requests", "ping"));
        Assert.Equal(1, h.Metrics.Total("discord.http.requests", "unauthorized"));
        Assert.Equal(1, h.Metrics.Total("discord.interactions.handled", "ok"));
    }

    /// <summary>Hides the length so HttpClient sends the body chunked.</summary>
    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
