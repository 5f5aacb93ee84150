using System.Globalization;

namespace Assessment.LoadDriver.Measure;

/// <summary>How the work spread over several nodes: seen by the driver (which node served each respondent) and by each node (its saves).</summary>
public static class NodeSummary
{
    /// <summary>Respondents per node that served their pages (a respondent moved to another node counts on both).</summary>
    public static string Respondents(IEnumerable<Respondent> respondents) =>
        "respondents by the node that served their pages (X-Assessment-Node): " + Join(respondents.SelectMany(r => r.ServedBy)
            .GroupBy(n => n).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (double)g.Count())));

    /// <summary>Saves each node committed, from its own metrics (assessment_answer_saves_total, outcome "saved").</summary>
    public static string Saves(IEnumerable<(string Node, string[] Lines)> metrics) =>
        "saves committed by each node (its /metrics, outcome saved): "
        + Join(metrics.Select(m => (m.Node, ServerMemory.Sum(m.Lines, "assessment_answer_saves_total{", "saved"))));

    private static string Join(IEnumerable<(string Name, double Count)> counts)
    {
        var list = counts.Select(c => $"{c.Name}: {c.Count.ToString("0", CultureInfo.InvariantCulture)}").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
