using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;
using Montenegro.Bot.Discord.Rest;

namespace Montenegro.Bot.Discord.Interactions;

/// <summary>Validates the command set at start and bulk-overwrites it (globally or for one guild) once the application id is known.</summary>
internal sealed class CommandRegistrar(
    IApplicationCommandSource? source,
    IDiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    private IReadOnlyList<ApplicationCommand>? _commands;
    private int _registered;

    /// <summary>Loads and validates the commands.</summary>
    /// <exception cref="InvalidOperationException">A definition breaks Discord's rules; the message lists every problem.</exception>
    public void Validate()
    {
        if (source is null)
        {
            return;
        }

        var list = source.GetCommands();
        ApplicationCommandValidator.ThrowIfInvalid(list);
        _commands = list;
    }

    /// <summary>Registers the commands; only the first call does anything.</summary>
    public async Task RegisterOnceAsync(ulong applicationId, CancellationToken ct)
    {
        if (_commands is null || Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        var guild = options.Value.GuildId;
        try
        {
            await rest.BulkOverwriteCommandsAsync(applicationId, guild, _commands, ct).ConfigureAwait(false);
            logger.LogInformation("Registered {Count} application commands {Scope}", _commands.Count, guild is null ? "globally" : $"for guild {guild}");
        }
        catch (DiscordUnauthorizedException)
        {
            // Reported as fatal by the REST client.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not register the application commands {Scope}", guild is null ? "globally" : $"for guild {guild}");
            Interlocked.Exchange(ref _registered, 0);
        }
    }
}
