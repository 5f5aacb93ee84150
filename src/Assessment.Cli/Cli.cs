using Assessment.Cli.Commands;

namespace Assessment.Cli;

/// <summary>Dispatches the first word to a command. Each command returns 0 (done), 2 (bad input) or 1 (failure).</summary>
public static class Cli
{
    private static readonly (string Name, string Usage, Func<string[], TextWriter, TextWriter, int> Run)[] Commands =
    [
        ("validate", ValidateCommand.Usage, ValidateCommand.Run),
        ("score", ScoreCommand.Usage, ScoreCommand.Run),
        ("explain", ExplainCommand.Usage, ExplainCommand.Run),
        ("import-answers", ImportAnswersCommand.Usage, ImportAnswersCommand.Run),
        ("export-answers", ExportAnswersCommand.Usage, ExportAnswersCommand.Run),
        ("import-jurisdictions", ImportJurisdictionsCommand.Usage, ImportJurisdictionsCommand.Run),
        ("export-jurisdictions", ExportJurisdictionsCommand.Usage, ExportJurisdictionsCommand.Run),
        ("load-divisions", LoadDivisionsCommand.Usage, LoadDivisionsCommand.Run),
        ("backup", BackupCommand.Usage, BackupCommand.Run),
        ("restore", RestoreCommand.Usage, RestoreCommand.Run),
    ];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var command = args.Length > 0 ? Commands.FirstOrDefault(c => c.Name == args[0]) : default;
        if (command.Run is null)
        {
            if (args.Length > 0 && args[0] is not ("help" or "--help" or "-h")) stderr.WriteLine($"unknown command '{args[0]}'");
            stderr.WriteLine("usage: assessment <command> [options]");
            foreach (var c in Commands) stderr.WriteLine("  " + c.Usage);
            return args.Length > 0 && args[0] is "help" or "--help" or "-h" ? 0 : 2;
        }
        try
        {
            return command.Run(args[1..], stdout, stderr);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Files that vanish or cannot be read are the user's to fix: say which, no stack trace.
            stderr.WriteLine($"{command.Name}: {e.Message}");
            return 1;
        }
        catch (Exception e)
        {
            // Anything else is a fault of ours: the message, not a stack trace, and the failure exit code.
            stderr.WriteLine($"{command.Name} failed: {e.Message}");
            return 1;
        }
    }

    /// <summary>Prints usage errors with the command's usage line; true when there were any.</summary>
    public static bool ReportUsageErrors(Options options, string usage, TextWriter stderr)
    {
        if (options.Errors.Count == 0) return false;
        foreach (var error in options.Errors) stderr.WriteLine(error);
        stderr.WriteLine("usage: assessment " + usage);
        return true;
    }
}
