namespace Montenegro.Bot.Knowledge.Entities;

/// <summary>What kind of thing an entity is.</summary>
public enum EntityType
{
    /// <summary>A state.</summary>
    Country,

    /// <summary>An international organisation.</summary>
    Organisation,

    /// <summary>Who ran an opinion poll.</summary>
    Pollster,

    /// <summary>A group of people a poll reports on.</summary>
    Group,
}
