namespace Montenegro.Bot.Discord.LoadTest;

/// <summary>Which bot runs against the fake.</summary>
internal enum BotKind
{
    /// <summary>The real Montenegro.Bot executable (Release build), answering from its knowledge base.</summary>
    Ours,

    /// <summary>The discord.js v14 baseline in tests/DiscordJsBaseline, answering with a fixed embed.</summary>
    DiscordJs,
}
