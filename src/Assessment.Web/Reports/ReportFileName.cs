namespace Assessment.Web.Reports;

/// <summary>File names made from codes: letters, digits, '-' and '_' only.</summary>
public static class ReportFileName
{
    public static string Safe(string code) => new(code.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
