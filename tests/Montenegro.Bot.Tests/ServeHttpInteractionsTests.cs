using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Montenegro.Bot.Knowledge.Hosting;
using Montenegro.Bot.Discord.Components;
using Montenegro.Bot.Discord.Testing;
using Montenegro.Bot.Hosting;
using Montenegro.Bot.Http;
using NSec.Cryptography;

namespace Montenegro.Bot.Tests;

/// <summary><c>serve</c> with a public key: slash commands over HTTP (in memory), verified, through the bot's own handlers.</summary>
public sealed class ServeHttpInteractionsTests : IAsyncLifetime
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private FakeDiscord _discord = null!;
    private Microsoft.AspNetCore.Builder.WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        var publicKey = Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        var builder = BotHost.CreateServiceBuilder(["--Logging:LogLevel:Default=Warning", $"--Discord:PublicKey={publicKey}", $"--Discord:ApiBaseUrl={_discord.ApiBaseUrl}"]);
        builder.WebHost.UseTestServer();

        // A clock that stands still: the answer always beats the deferral threshold, however slow the machine.
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow));
        _app = builder.Build();
        _app.MapHttpSurface();
        await _app.StartAsync();
        await _app.Services.GetRequiredService<KnowledgeState>().WhenReadyAsync(CancellationToken.None);
        _http = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _discord.DisposeAsync();
        _key.Dispose();
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode payload, bool sign = true)
    {
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/interactions", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        if (sign)
        {
            var signature = SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]);
            request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature).ToLowerInvariant());
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return _http.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_slash_command_is_answered_in_the_http_response()
    {
        var id = _discord.NextSnowflake();
        var response = await PostAsync(DiscordPayloadFactory.SlashCommand(_discord, id, "nato", ("milestone", "Invitation")));

        Assert.Equal(200, (int)response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, json["type"]!.GetValue<int>());
        Assert.Contains("2 December 2015", json["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", json["data"]!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task A_chart_click_over_http_is_answered_with_the_png_in_the_same_message_as_the_embed_that_shows_it()
    {
        var asked = await PostAsync(DiscordPayloadFactory.SlashCommand(_discord, _discord.NextSnowflake(), "ask", ("question", "What did the polls on NATO membership show?")));
        var answer = JsonNode.Parse(await asked.Content.ReadAsStringAsync())!["data"]!;
        var chartId = AnswersUiBot.CustomId(answer, AnswerCustomId.ChartPrefix);
        var message = ComponentPayloadFactory.BotMessage(_discord, _discord.NextSnowflake(), string.Empty, answer["embeds"]!.DeepClone().AsArray(), answer["components"]!.DeepClone().AsArray());
        var clickId = _discord.NextSnowflake();

        var clicked = await PostAsync(ComponentPayloadFactory.ButtonClick(_discord, clickId, chartId, message));

        // A file cannot travel in the HTTP response: the update goes to the callback route as multipart, the request ends with 202.
        Assert.Equal(202, (int)clicked.StatusCode);
        var callback = await _discord.WaitForRequestAsync(r => r.Path.Contains($"/interactions/{clickId.ToString(CultureInfo.InvariantCulture)}/", StringComparison.Ordinal));
        Assert.Equal(7, callback.Json!["type"]!.GetValue<int>());
        var image = callback.Json["data"]!["embeds"]![0]!["image"]!["url"]!.GetValue<string>();
        var part = Assert.Single(_discord.FileParts, p => p.Path == callback.Path);
        Assert.Equal("attachment://" + part.FileName, image);
        Assert.Equal("image/png", part.ContentType);
        Assert.True(Charts.Png.Size(part.Content).Width >= 600, "a chart at least 600 px wide");
        Assert.DoesNotContain(AnswersUiBot.Components(callback.Json["data"]!), c => c["custom_id"]?.GetValue<string>().StartsWith(AnswerCustomId.ChartPrefix, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Ping_gets_pong_and_an_unsigned_request_is_refused()
    {
        var ping = await PostAsync(new JsonObject { ["type"] = 1, ["id"] = "1", ["application_id"] = "2", ["token"] = "t", ["version"] = 1 });
        var unsigned = await PostAsync(DiscordPayloadFactory.SlashCommand(_discord, _discord.NextSnowflake(), "help"), sign: false);

        Assert.Equal("""{"type":1}""", (await ping.Content.ReadAsStringAsync()).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(401, (int)unsigned.StatusCode);
    }

    [Fact]
    public async Task No_gateway_connection_is_opened_in_http_mode()
    {
        await PostAsync(DiscordPayloadFactory.SlashCommand(_discord, _discord.NextSnowflake(), "help"));
        Assert.Empty(_discord.Connections);
    }
}
