using System.CommandLine;
using System.Text.RegularExpressions;
using Assessment.Cli.Commands;

namespace Assessment.Cli;

/// <summary>
/// The <c>assessment</c> command line on System.CommandLine. Every command returns 0 (done), 2 (bad input: usage errors,
/// files a user must fix) or 1 (failure). Usage errors are printed with the command's usage line, never as exceptions.
/// </summary>
public static partial class Cli
{
    public static RootCommand Build() => new("Assessment: score jurisdictions on digital-government maturity")
    {
        ValidateCommand.Create(),
        ScoreCommand.Create(),
        ExplainCommand.Create(),
        ReliabilityCommand.Create(),
        ImportAnswersCommand.Create(),
        ExportAnswersCommand.Create(),
        ImportJurisdictionsCommand.Create(),
        ExportJurisdictionsCommand.Create(),
        LoadDivisionsCommand.Create(),
        BackupCommand.Create(),
        RestoreCommand.Create(),
        AccountsCommand.Create(),
        ReportCommand.Create(),
        ExportCommand.Create(),
    };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build();
        var parsed = root.Parse(args);
        var command = parsed.CommandResult.Command;
        if (parsed.Errors.Count > 0 && parsed.Action is not { ClearsParseErrors: true })
        {
            // System.CommandLine's own messages say what is wrong; we add the usage line(s) and exit 2.
            if (command == root && args.Length > 0 && !args[0].StartsWith('-')) stderr.WriteLine($"unknown command '{args[0]}'");
            else foreach (var error in parsed.Errors) stderr.WriteLine(OneLine(error.Message));
            if (command == root)
            {
                stderr.WriteLine("usage: assessment <command> [options]   (assessment <command> --help for details)");
                foreach (var c in root.Subcommands) stderr.WriteLine("  " + Usage.Of(c));
            }
            else stderr.WriteLine("usage: assessment " + Usage.Of(command));
            return 2;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Files that vanish or cannot be read or written are the user's to fix: say which, no stack trace.
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

    private static string OneLine(string message) => Whitespace().Replace(message, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
