namespace Montenegro.Bot.Commands;

/// <summary>
/// Marks a <see cref="BotCommand"/> to be found by <see cref="CommandCatalog.Discover"/>: a new command is one new
/// class with this attribute, nothing else to edit.
/// </summary>
/// <param name="order">Where the command comes in lists (help, registration): lower first.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CommandModuleAttribute(int order) : Attribute
{
    /// <summary>Where the command comes in lists: lower first.</summary>
    public int Order { get; } = order;
}
