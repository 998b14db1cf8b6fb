using Montenegro.Bot.CommandLine;

return await BotCommandLine.RunAsync(args, BotConsole.System());
