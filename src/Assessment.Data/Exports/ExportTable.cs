namespace Assessment.Data.Exports;

/// <summary>One cell: text, or a number (null = empty, e.g. NA). Numbers stay numbers in the workbook.</summary>
public readonly record struct ExportCell(string? Text, double? Number, bool IsNumber)
{
    public static implicit operator ExportCell(string? text) => new(text, null, false);

    public static ExportCell Of(double? number) => new(null, number, true);

    public static ExportCell Of(bool value) => new(value ? "true" : "false", null, false);
}

/// <summary>A sheet of a researcher's export: a name (the CSV's file name, the workbook's sheet), columns and rows.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<ExportCell>> Rows);
