using System.CommandLine;
using System.CommandLine.Parsing;

namespace Assessment.Cli.Commands;

/// <summary>The options several commands share, declared once so they read and fail the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Db() => new("--db", "--database")
    {
        Required = true,
        HelpName = "file",
        Description = "the Assessment database file (the app's, or a copy), or a PostgreSQL database: postgres://user:password@host:port/database",
    };

    public static Option<string> Instrument() => Required("--instrument", "yaml", "the instrument file");

    public static Option<string> Answers() => Required("--answers", "csv", "tidy answers: jurisdiction,rater,item,value");

    public static Option<string> Required(string name, string helpName, string description) =>
        new(name) { Required = true, HelpName = helpName, Description = description };

    public static Option<string?> Optional(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description };

    /// <summary>An option with a fixed set of values; the first is the default.</summary>
    public static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name)
        {
            HelpName = string.Join('|', values),
            Description = description,
            DefaultValueFactory = _ => values[0],
        };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>A round id: a positive whole number, said plainly when it is not.</summary>
    public static Option<long> Round() => new("--round")
    {
        Required = true,
        HelpName = "id",
        Description = "the round's id (shown on the rounds page)",
        CustomParser = PositiveId,
    };

    private static long PositiveId(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (long.TryParse(text, out var id) && id > 0) return id;
        result.AddError($"option --round must be a round id, a positive whole number (got '{text}')");
        return 0;
    }

    public static TextWriter Out(this ParseResult result) => result.InvocationConfiguration.Output;

    public static TextWriter Err(this ParseResult result) => result.InvocationConfiguration.Error;
}
