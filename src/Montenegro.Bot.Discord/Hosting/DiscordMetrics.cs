using System.Diagnostics.Metrics;

namespace Montenegro.Bot.Discord.Hosting;

/// <summary>
/// Counters of the Discord layer, published on the meter <see cref="MeterName"/>.
/// </summary>
public sealed class DiscordMetrics : IDisposable
{
    /// <summary>The meter name to listen to.</summary>
    public const string MeterName = "Montenegro.Bot.Discord";

    private readonly Meter _meter;

    /// <summary>Creates the meter, through the host's meter factory when there is one.</summary>
    /// <param name="meterFactory">The host's factory, or null for a private meter.</param>
    public DiscordMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        InteractionsHandled = _meter.CreateCounter<long>("discord.interactions.handled", description: "Interactions answered (tag: outcome)");
        MessagesHandled = _meter.CreateCounter<long>("discord.messages.handled", description: "Messages passed to the handler (tag: outcome)");
        GatewayReconnects = _meter.CreateCounter<long>("discord.gateway.reconnects", description: "Gateway reconnections");
        GatewayResumes = _meter.CreateCounter<long>("discord.gateway.resumes", description: "Successful gateway session resumes");
        RateLimitWaits = _meter.CreateCounter<long>("discord.rest.rate_limit_waits", description: "REST 429 responses waited out");
        HttpInteractionRequests = _meter.CreateCounter<long>("discord.http.requests", description: "Requests to the HTTP interactions endpoint (tag: outcome)");
    }

    /// <summary>Interactions answered; tagged <c>outcome</c> = ok | deferred | error | autocomplete.</summary>
    public Counter<long> InteractionsHandled { get; }

    /// <summary>Messages passed to the handler; tagged <c>outcome</c> = reply | none | error.</summary>
    public Counter<long> MessagesHandled { get; }

    /// <summary>Gateway reconnections.</summary>
    public Counter<long> GatewayReconnects { get; }

    /// <summary>Successful resumes.</summary>
    public Counter<long> GatewayResumes { get; }

    /// <summary>429 responses waited out.</summary>
    public Counter<long> RateLimitWaits { get; }

    /// <summary>
    /// Requests to the HTTP interactions endpoint; tagged <c>outcome</c> = dispatched | ping | unauthorized | too_large |
    /// malformed | replayed | over_capacity | unavailable. Answers themselves are counted in
    /// <see cref="InteractionsHandled"/> as over the gateway.
    /// </summary>
    public Counter<long> HttpInteractionRequests { get; }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
