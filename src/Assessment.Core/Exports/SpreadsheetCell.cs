using System.Globalization;

namespace Assessment.Core.Exports;

/// <summary>
/// Guards exported text against formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
/// with = + - @ tab or carriage return as a formula, and evidence text is typed by raters. Such cells get a leading
/// apostrophe, which spreadsheets show as text. Plain numbers ("-5", "+1.5") are left alone so they stay numbers.
/// The encoding is reversible (<see cref="Restore"/>), so a file we export can be imported back unchanged: a value
/// that itself starts with an apostrophe is guarded too.
/// </summary>
public static class SpreadsheetCell
{
    private const char Guard = '\'';

    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value) || !IsTrigger(value[0]) || IsPlainNumber(value)) return value ?? "";
        return Guard + value;
    }

    /// <summary>Undoes <see cref="Neutralise"/> on a cell read back from one of our files.</summary>
    public static string Restore(string value) =>
        value.Length >= 2 && value[0] == Guard && IsTrigger(value[1]) && !IsPlainNumber(value[1..]) ? value[1..] : value;

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or Guard;

    private static bool IsPlainNumber(string value) =>
        value[0] is '-' or '+' && double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}
