using Assessment.LoadDriver.Measure;

namespace Assessment.Data.Tests.LoadDriver;

/// <summary>The per-node figure of a run on several nodes: each node's own committed saves, never node 1's alone.</summary>
public class NodeSummaryTests
{
    [Fact]
    public void Each_node_reports_the_saves_it_committed_and_only_those_with_outcome_saved()
    {
        string[] node1 =
        [
            "# TYPE assessment_answer_saves_total counter",
            "assessment_answer_saves_total{otel_scope_name=\"Assessment\",outcome=\"saved\"} 21",
            "assessment_answer_saves_total{otel_scope_name=\"Assessment\",outcome=\"conflict\"} 2",
            "assessment_answer_save_duration_milliseconds_count{otel_scope_name=\"Assessment\",outcome=\"saved\"} 21",
        ];
        string[] node2 = ["assessment_answer_saves_total{otel_scope_name=\"Assessment\",outcome=\"saved\"} 20"];

        var line = NodeSummary.Saves([("node1 (http://127.0.0.1:5300)", node1), ("node2 (http://127.0.0.1:5301)", node2)]);

        Assert.Equal("saves committed by each node (its /metrics, outcome saved): node1 (http://127.0.0.1:5300): 21, node2 (http://127.0.0.1:5301): 20", line);
    }
}
