using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Montenegro.Bot.Http;

/// <summary>Which port the HTTP surface uses: <c>Http:Port</c>, else the first of <c>ASPNETCORE_HTTP_PORTS</c>, else 8080.</summary>
public static class HttpPort
{
    /// <summary>The setting that overrides <c>ASPNETCORE_HTTP_PORTS</c>; 0 takes any free port.</summary>
    public const string Setting = "Http:Port";

    /// <summary>The port used when neither setting says otherwise.</summary>
    public const int DefaultPort = 8080;

    /// <summary>The port, or an error naming the setting that is wrong.</summary>
    public static (int Port, string? Error) From(IConfiguration configuration)
    {
        var explicitPort = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(explicitPort))
        {
            return Parse(explicitPort, Setting, allowAny: true);
        }

        var aspnet = configuration["ASPNETCORE_HTTP_PORTS"] ?? Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        if (!string.IsNullOrWhiteSpace(aspnet))
        {
            return Parse(aspnet.Split([';', ','], StringSplitOptions.RemoveEmptyEntries)[0], "ASPNETCORE_HTTP_PORTS", allowAny: false);
        }

        return (DefaultPort, null);
    }

    // Http:Port=0 asks for any free port, which tests use.
    private static (int, string?) Parse(string value, string setting, bool allowAny) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port < 65536 && (port > 0 || allowAny)
            ? (port, null)
            : (0, $"{setting} must be a port number between {(allowAny ? 0 : 1)} and 65535 (it is {Hosting.SettingsCheck.Shown(value)}).");
}
