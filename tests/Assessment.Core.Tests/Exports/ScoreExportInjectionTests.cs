using Assessment.Core.Scoring;
using Assessment.Core.Tests.Instruments;

namespace Assessment.Core.Tests.Exports;

public class ScoreExportInjectionTests
{
    [Fact]
    public void A_jurisdiction_code_that_looks_like_a_formula_is_written_as_text()
    {
        var instrument = Yaml.Load(Yaml.Valid).Instrument!;
        var empty = Scorer.Score(instrument, new Dictionary<string, ItemAnswers>());
        var output = new StringWriter();

        ScoreExport.WriteCsv(output, instrument, [new JurisdictionScore("=HYPERLINK(\"http://x\")", empty), new JurisdictionScore("-7", empty)]);

        var rows = output.ToString().Split(Environment.NewLine);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x\"\")\",", rows[1]);
        Assert.StartsWith("-7,", rows[2]); // a plain number stays a number
    }
}
