using System.Text.Json;
using Montenegro.Bot.Discord.Models;

namespace Montenegro.Bot.Discord.Gateway;

/// <summary>Receives gateway events. Called on the receive loop: must return at once (hand work to other tasks).</summary>
internal interface IGatewayEventSink
{
    void OnReady(BotIdentity self);

    /// <summary>A dispatch; <paramref name="data"/> is only valid during the call.</summary>
    void OnDispatch(string eventName, JsonElement data);
}
