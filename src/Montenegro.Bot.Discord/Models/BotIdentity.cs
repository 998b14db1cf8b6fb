namespace Montenegro.Bot.Discord.Models;

/// <summary>Who the bot is, as reported by the gateway's READY event.</summary>
/// <param name="UserId">The bot user's id (used in mentions: <c>&lt;@UserId&gt;</c>).</param>
/// <param name="UserName">The bot user's name.</param>
/// <param name="ApplicationId">The application id.</param>
public sealed record BotIdentity(ulong UserId, string UserName, ulong ApplicationId);
