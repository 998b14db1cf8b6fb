using Microsoft.Extensions.Options;

namespace Montenegro.Bot.Charts;

/// <summary>Checks the <c>Charts</c> settings at start, from their data annotations.</summary>
[OptionsValidator]
internal sealed partial class ChartOptionsValidator : IValidateOptions<ChartOptions>;
