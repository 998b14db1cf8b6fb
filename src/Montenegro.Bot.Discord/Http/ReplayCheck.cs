namespace Montenegro.Bot.Discord.Http;

/// <summary>What <see cref="InteractionReplayGuard"/> says about one signed interaction.</summary>
internal enum ReplayCheck
{
    /// <summary>First time this id is seen within the replay window: handle it.</summary>
    New,

    /// <summary>The id was already received within the window: a repeated delivery or a replayed capture.</summary>
    Replayed,

    /// <summary>The guard holds as many ids as it may: refuse rather than forget one that could still be replayed.</summary>
    OverCapacity,
}
