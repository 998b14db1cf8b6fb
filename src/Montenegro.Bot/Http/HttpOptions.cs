namespace Montenegro.Bot.Http;

/// <summary>The HTTP surface (health, readiness, metrics, interactions). Bound from the <c>Http</c> section.</summary>
public sealed class HttpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Http";

    /// <summary>The port used when neither <c>Http:Port</c> nor <c>ASPNETCORE_HTTP_PORTS</c> says otherwise.</summary>
    public const int DefaultPort = 8080;

    /// <summary>Port to listen on, on all interfaces; overrides <c>ASPNETCORE_HTTP_PORTS</c>; 0 takes any free port.</summary>
    public int? Port { get; set; }
}
