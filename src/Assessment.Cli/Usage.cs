using System.CommandLine;

namespace Assessment.Cli;

/// <summary>A command's one-line usage, derived from its options so it cannot drift from what the parser accepts.</summary>
public static class Usage
{
    public static string Of(Command command)
    {
        var parts = new List<string> { command.Name };
        parts.AddRange(command.Arguments.Select(a => $"<{a.Name}>"));
        foreach (var option in command.Options.Where(o => o.Name is not ("--help" or "-h" or "-?")))
        {
            var word = option.ValueType == typeof(bool) ? option.Name : $"{option.Name} <{option.HelpName ?? option.Name.TrimStart('-')}>";
            parts.Add(option.Required ? word : $"[{word}]");
        }
        return string.Join(' ', parts);
    }
}
