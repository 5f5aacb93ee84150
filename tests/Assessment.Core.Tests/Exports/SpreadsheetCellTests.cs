using Assessment.Core.Exports;
using FsCheck.Xunit;

namespace Assessment.Core.Tests.Exports;

public class SpreadsheetCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("-5", "-5")]
    [InlineData("+1.5", "+1.5")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("杭州市 = 数字政府", "杭州市 = 数字政府")]
    [InlineData("", "")]
    public void Cells_a_spreadsheet_would_run_are_made_text(string value, string exported) =>
        Assert.Equal(exported, SpreadsheetCell.Neutralise(value));

    [Property(MaxTest = 2000)]
    public bool Restore_undoes_neutralise(string? value) =>
        SpreadsheetCell.Restore(SpreadsheetCell.Neutralise(value)) == (value ?? "");

    [Property(MaxTest = 2000)]
    public bool No_exported_cell_starts_a_formula(string? value)
    {
        var cell = SpreadsheetCell.Neutralise(value);
        return cell.Length == 0 || cell[0] is not ('=' or '@' or '\t' or '\r') && (cell[0] is not ('+' or '-') || double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
    }
}
