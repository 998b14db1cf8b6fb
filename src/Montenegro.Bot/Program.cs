using Montenegro.Bot.CommandLine;

return await BotCommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
