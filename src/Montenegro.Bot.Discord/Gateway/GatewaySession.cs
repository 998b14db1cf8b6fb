namespace Montenegro.Bot.Discord.Gateway;

/// <summary>What survives from one connection to the next: the resumable session. Nothing else does.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; set; }

    public string? ResumeUrl { get; set; }

    public long? Sequence { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
