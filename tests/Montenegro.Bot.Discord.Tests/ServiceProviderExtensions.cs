using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Montenegro.Bot.Discord.Hosting;

namespace Montenegro.Bot.Discord.Tests;

internal static class ServiceProviderExtensions
{
    public static string GetOptionsText(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<DiscordOptions>>().Value.ToString();
}
