namespace Assessment.Cli;

/// <summary>
/// The command line's "--name value" options. Unknown or repeated options and missing values are usage errors,
/// reported as messages (never exceptions), so every command answers bad words the same way.
/// </summary>
public sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];
    public List<string> Errors { get; } = [];

    public static Options Parse(IEnumerable<string> args, params string[] known)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal)) { options.Positional.Add(arg); continue; }
            var name = arg[2..];
            if (!known.Contains(name)) { options.Errors.Add($"unknown option {arg} (known: {string.Join(", ", known.Select(k => "--" + k))})"); continue; }
            if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal)) { options.Errors.Add($"option {arg} needs a value"); continue; }
            if (!options.values.TryAdd(name, e.Current)) options.Errors.Add($"option {arg} is given twice");
        }
        return options;
    }

    public string? Get(string name) => values.GetValueOrDefault(name);

    /// <summary>The option's value, or null after recording that it is missing.</summary>
    public string? Require(string name)
    {
        var value = Get(name);
        if (value is null) Errors.Add($"option --{name} is required");
        return value;
    }

    /// <summary>The option's value if it is one of <paramref name="allowed"/> (the first is the default).</summary>
    public string OneOf(string name, params string[] allowed)
    {
        var value = Get(name) ?? allowed[0];
        if (!allowed.Contains(value)) Errors.Add($"option --{name} must be one of {string.Join(", ", allowed)} (got '{value}')");
        return value;
    }
}
