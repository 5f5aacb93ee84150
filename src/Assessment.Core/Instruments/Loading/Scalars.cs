using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>
/// Reads typed values from YAML scalars the way the YAML 1.2 core schema (and so every editor and the JSON
/// Schema) reads them: an unquoted 1.5 is a number, a quoted "1.5" is text, true/false are booleans.
/// Each reader reports a problem naming the key path and returns null when the value is not what is expected.
/// </summary>
internal sealed partial class Scalars(ProblemList problems)
{
    public const string IdRule = "letters, digits, '_', '.', '-', starting with a letter";

    public ProblemList Problems { get; } = problems;

    public static bool IsNull(YamlScalarNode scalar) =>
        IsPlain(scalar) && scalar.Value is "" or "~" or "null" or "Null" or "NULL" or null;

    /// <summary>An unquoted scalar that YAML (1.2 core schema) reads as a decimal number.</summary>
    public static bool IsPlainNumber(YamlScalarNode scalar) => IsPlain(scalar) && scalar.Value is { } text && NumberPattern().IsMatch(text);

    /// <summary>Text of any non-empty scalar (an unquoted 5 is accepted as the text "5").</summary>
    public string? String(YamlNode? node, string path, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode scalar && !IsNull(scalar) && !string.IsNullOrWhiteSpace(scalar.Value)) return scalar.Value;
        Problems.Add(node, path, $"must be {what} (got {Describe.Node(node)})");
        return null;
    }

    public string? Id(YamlNode? node, string path, string what)
    {
        var id = String(node, path, $"{what} ({IdRule})");
        if (id is null || FullMatch(IdPattern(), id)) return id;
        Problems.Add(node!, path, $"'{Describe.Shorten(id)}' is not a valid {what}; use {IdRule}");
        return null;
    }

    public double? Number(YamlNode? node, string path, string what)
    {
        if (node is null) return null;
        if (node is YamlScalarNode scalar && IsPlain(scalar) && scalar.Value is { } text)
        {
            if (NumberPattern().IsMatch(text))
            {
                var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (double.IsFinite(value)) return value;
            }
            else if (text.TrimStart('+', '-') is ".inf" or ".Inf" or ".INF" or ".nan" or ".NaN" or ".NAN")
            {
                Problems.Add(node, path, $"must be {what}, a finite number (got {text})");
                return null;
            }
        }
        var quoted = node is YamlScalarNode { Style: not ScalarStyle.Plain } ? "; remove the quotes" : "";
        Problems.Add(node, path, $"must be {what} (got {Describe.Node(node)}){quoted}");
        return null;
    }

    public int? Integer(YamlNode? node, string path, string what)
    {
        var value = Number(node, path, what);
        if (value is null) return null;
        if (value == Math.Floor(value.Value) && Math.Abs(value.Value) < int.MaxValue) return (int)value.Value;
        Problems.Add(node!, path, $"must be {what}, a whole number (got {Describe.Node(node!)})");
        return null;
    }

    public bool? Boolean(YamlNode? node, string path)
    {
        if (node is null) return null;
        if (node is YamlScalarNode scalar && IsPlain(scalar))
        {
            if (scalar.Value is "true" or "True" or "TRUE") return true;
            if (scalar.Value is "false" or "False" or "FALSE") return false;
        }
        Problems.Add(node, path, $"must be true or false (got {Describe.Node(node)})");
        return null;
    }

    /// <summary>One of a fixed set of words; the message lists them all.</summary>
    public string? OneOf(YamlNode? node, string path, IReadOnlyList<string> allowed, string what)
    {
        if (node is null) return null;
        var choices = string.Join(", ", allowed);
        if (node is YamlScalarNode { Value: { } value } && allowed.Contains(value)) return value;
        Problems.Add(node, path, $"unknown {what} {Describe.Node(node)}; use one of: {choices}");
        return null;
    }

    /// <summary>A bilingual text {zh: ..., en: ...}; both languages are required and non-empty.</summary>
    public LocalizedText? Text(YamlNode? node, string path)
    {
        // In {zh: ..., en: a, b} the comma starts a new key "b": the usual cause of an unknown key here.
        var fields = Fields.Of(node, path, InstrumentKeys.Text, Problems, "a bilingual text {zh: ..., en: ...}",
            node is YamlMappingNode { Style: MappingStyle.Flow } ? "; a comma inside {...} starts a new key, so quote a text that contains one" : null);
        if (fields is null) return null;
        var zh = String(fields.Required("zh", "give the Chinese text as zh: ..."), fields.PathOf("zh"), "non-empty Chinese text");
        var en = String(fields.Required("en", "give the English text as en: ..."), fields.PathOf("en"), "non-empty English text");
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    /// <summary>A list of <paramref name="noun"/>s (singular given); a shorter list than required is reported.</summary>
    public YamlSequenceNode? List(YamlNode? node, string path, string noun, int atLeast = 1)
    {
        if (node is null) return null;
        if (node is not YamlSequenceNode sequence)
        {
            Problems.Add(node, path, $"must be a list of {noun}s (got {Describe.Node(node)})");
            return null;
        }
        if (sequence.Children.Count < atLeast)
        {
            var needed = atLeast == 1 ? $"one {noun}" : $"{atLeast} {noun}s";
            Problems.Add(node, path, $"must list at least {needed} (got {sequence.Children.Count})");
        }
        return sequence;
    }

    // A tag such as !!str makes a plain-looking scalar text, as quoting does.
    private static bool IsPlain(YamlScalarNode scalar) => scalar.Style == ScalarStyle.Plain && (scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific);

    // .NET's $ also matches before a final newline ("a\n" from a quoted "a\n"); JSON Schema's does not.
    public static bool FullMatch(Regex pattern, string text) => pattern.IsMatch(text) && !text.EndsWith('\n');

    [GeneratedRegex(InstrumentKeys.IdPattern)]
    private static partial Regex IdPattern();

    [GeneratedRegex(InstrumentKeys.VersionPattern)]
    public static partial Regex VersionPattern();

    // YAML 1.2 core schema decimal numbers; hexadecimal and octal forms are not meant for an instrument.
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
