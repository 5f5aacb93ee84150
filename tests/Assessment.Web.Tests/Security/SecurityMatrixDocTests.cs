using Assessment.Core.Rounds;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Security;

/// <summary>
/// docs/security-matrix.md shows readers the access matrix as a table; these tests keep it equal to the table the
/// matrix test runs (AccessMatrixTests.Rules), row for row and letter for letter, so the doc cannot drift.
/// </summary>
public sealed class SecurityMatrixDocTests
{
    [Fact]
    public void The_documented_table_is_the_tested_table()
    {
        var documented = DocumentedRows();
        var tested = AccessMatrixTests.Rules.Select(r => Row(r.Operation, r.Mode, r.Expected)).ToList();
        Assert.Equal(tested, documented);
    }

    [Fact]
    public void Rows_of_mode_any_are_the_operations_that_need_no_round()
    {
        var any = DocumentedCells().Where(c => c[2] == "any").Select(c => c[0]).ToHashSet();
        Assert.Equal(AccessMatrixCalls.RoundFree.Order(StringComparer.Ordinal), any.Order(StringComparer.Ordinal));
    }

    private static List<string> DocumentedRows() => DocumentedCells()
        .Select(c => Row(c[0], c[2] == "self" ? RoundMode.SelfAssessment : RoundMode.ExternalEvaluation, c[3..]))
        .ToList();

    // The table's body rows: | `operation` | service call | mode | `cell` x 8 |, backticks removed.
    private static List<string[]> DocumentedCells() =>
        File.ReadLines(Path.Combine(AppServer.RepositoryRoot(), "docs", "security-matrix.md"))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray())
            .ToList();

    private static string Row(string operation, RoundMode mode, IEnumerable<string> cells) => $"{operation} {mode}: {string.Join(' ', cells)}";
}
