return Assessment.Cli.Cli.Run(args, Console.Out, Console.Error);
