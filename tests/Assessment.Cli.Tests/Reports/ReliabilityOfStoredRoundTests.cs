using System.Text.Json;

namespace Assessment.Cli.Tests.Reports;

/// <summary>
/// <c>reliability --db --round</c> on the demo data set's published external round (eleven jurisdictions, two raters
/// each): the JSON has exactly the keys of the documented shape, and the same figures as the answers-file path fed
/// the round's own exported answers and instrument file.
/// </summary>
public class ReliabilityOfStoredRoundTests(DemoDatabaseFile demo) : IClassFixture<DemoDatabaseFile>, IDisposable
{
    private static readonly string[] IccKeys = ["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"];
    private static readonly string[] AgreementKeys = ["jurisdictions", "raters", "icc", "krippendorff"];

    private readonly CliRun cli = new();

    [Fact]
    public void The_stored_round_gives_the_documented_json_shape()
    {
        var (exit, output, errors) = cli.Run("reliability", "--db", demo.Path, "--round", "1");
        Assert.True(exit == 0, errors);
        var root = JsonDocument.Parse(output).RootElement;

        Assert.Equal(["instrument", "items", "indicators", "layers", "composite"], Keys(root));
        Assert.Equal(["id", "version"], Keys(root.GetProperty("instrument")));
        Assert.Equal("egov-iceberg-external", root.GetProperty("instrument").GetProperty("id").GetString());
        Assert.Equal("2026.1", root.GetProperty("instrument").GetProperty("version").GetString());

        Assert.Equal(["interface", "process", "safeguard", "value"], Keys(root.GetProperty("layers")));
        foreach (var layer in root.GetProperty("layers").EnumerateObject())
        {
            Assert.Equal(["cronbach_alpha", "items", "jurisdictions", .. AgreementKeys[1..]], Keys(layer.Value));
            AssertAgreement(layer.Value, jurisdictions: 11);
        }
        foreach (var item in root.GetProperty("items").EnumerateObject())
        {
            Assert.Equal(AgreementKeys, Keys(item.Value));
            Assert.Equal(2, item.Value.GetProperty("raters").GetInt32());
        }
        Assert.NotEmpty(root.GetProperty("indicators").EnumerateObject());
        Assert.All(root.GetProperty("indicators").EnumerateObject(), i => Assert.Equal(AgreementKeys, Keys(i.Value)));
        Assert.Equal(AgreementKeys, Keys(root.GetProperty("composite")));
        // Every demo jurisdiction has both raters' answers to every item: the composite is over all eleven.
        AssertAgreement(root.GetProperty("composite"), jurisdictions: 11);
        // Two raters over eleven jurisdictions that differ: the composite's agreement is defined, not null.
        Assert.Equal(JsonValueKind.Number, root.GetProperty("composite").GetProperty("icc").GetProperty("ICC(1,1)").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("composite").GetProperty("krippendorff").GetProperty("interval").ValueKind);
    }

    [Fact]
    public void The_stored_round_and_its_exported_answers_give_the_same_figures()
    {
        var answers = Path.Combine(cli.Folder, "answers.csv");
        var (exported, _, exportErrors) = cli.Run("export-answers", "--db", demo.Path, "--round", "1", "--out", answers);
        Assert.True(exported == 0, exportErrors);
        var (fromDb, dbJson, dbErrors) = cli.Run("reliability", "--db", demo.Path, "--round", "1");
        var (fromFile, fileJson, fileErrors) = cli.Run("reliability", "--instrument", DemoDatabaseFile.InstrumentFile("egov-iceberg-external-2026.1.yaml"), "--answers", answers);
        Assert.True(fromDb == 0, dbErrors);
        Assert.True(fromFile == 0, fileErrors);

        var db = JsonDocument.Parse(dbJson).RootElement;
        var file = JsonDocument.Parse(fileJson).RootElement;
        Assert.Equal(JsonValueKind.Number, db.GetProperty("layers").GetProperty("interface").GetProperty("cronbach_alpha").ValueKind);
        foreach (var part in new[] { "items", "indicators", "layers" })
            Assert.Equal(file.GetProperty(part).GetRawText(), db.GetProperty(part).GetRawText());
        Assert.Equal(file.GetProperty("composite").GetRawText(), db.GetProperty("composite").GetRawText());
    }

    private static void AssertAgreement(JsonElement agreement, int jurisdictions)
    {
        Assert.Equal(jurisdictions, agreement.GetProperty("jurisdictions").GetInt32());
        Assert.Equal(2, agreement.GetProperty("raters").GetInt32());
        Assert.Equal(IccKeys, Keys(agreement.GetProperty("icc")));
        Assert.Equal(["nominal", "ordinal", "interval"], Keys(agreement.GetProperty("krippendorff")));
        // Full precision, a number or null, never NaN.
        foreach (var value in agreement.GetProperty("icc").EnumerateObject().Concat(agreement.GetProperty("krippendorff").EnumerateObject()))
            Assert.True(value.Value.ValueKind is JsonValueKind.Number or JsonValueKind.Null, $"{value.Name}: {value.Value}");
    }

    private static List<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    public void Dispose() => cli.Dispose();
}
