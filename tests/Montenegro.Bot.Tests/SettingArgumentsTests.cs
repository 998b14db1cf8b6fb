using Montenegro.Bot.CommandLine;

namespace Montenegro.Bot.Tests;

public sealed class SettingArgumentsTests
{
    [Fact]
    public void Section_key_value_arguments_are_settings_and_the_rest_are_words()
    {
        var (settings, words) = SettingArguments.Split(["ask", "--Data:Path=/srv/data", "--json", "When?", "--Logging:LogLevel:Default=Warning"]);

        Assert.Equal(["--Data:Path=/srv/data", "--Logging:LogLevel:Default=Warning"], settings);
        Assert.Equal(["ask", "--json", "When?"], words);
    }

    [Fact]
    public void Options_without_a_section_stay_words_for_the_parser_to_judge()
    {
        var (settings, words) = SettingArguments.Split(["ask", "--json=true", "--foo=bar", "--Data:Path"]);

        Assert.Empty(settings);
        Assert.Equal(["ask", "--json=true", "--foo=bar", "--Data:Path"], words);
    }

    [Fact]
    public void After_a_double_dash_everything_is_a_word()
    {
        var (settings, words) = SettingArguments.Split(["ask", "--", "--Data:Path=/x"]);

        Assert.Empty(settings);
        Assert.Equal(["ask", "--", "--Data:Path=/x"], words);
    }
}
