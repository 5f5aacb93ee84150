using System.Globalization;
using System.Text.Json;
using Assessment.Core.Exports;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>A scored jurisdiction, as exported.</summary>
public sealed record JurisdictionScore(string Jurisdiction, ScoreResult Result);

/// <summary>
/// The export formats of scores, shared by the command line and the web's downloads: full precision
/// (shortest round-trip form), NA as JSON null or an empty CSV field.
/// </summary>
public static class ScoreExport
{
    public static void WriteJson(Stream output, Instrument instrument, IEnumerable<JurisdictionScore> scores)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("instrument");
        json.WriteString("id", instrument.Id);
        json.WriteString("version", instrument.Version);
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var (jurisdiction, r) in scores)
        {
            json.WriteStartObject();
            json.WriteString("jurisdiction", jurisdiction);
            Number(json, "composite", r.Composite);
            Number(json, "layer_gap", r.LayerGap);
            json.WriteNumber("completeness", r.Completeness);
            json.WriteString("stage", r.Stage?.Id);
            Number(json, "technology", r.Technology);
            Number(json, "organization", r.Organization);
            json.WriteString("quadrant", r.Quadrant?.ToString());
            Section(json, "layers", instrument.Layers.Select(l => l.Id), r.Layers);
            Section(json, "indicators", instrument.Layers.SelectMany(l => l.Indicators).Select(i => i.Id), r.Indicators);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One row per jurisdiction; layer and indicator columns are named <c>layer:id</c> and <c>indicator:id</c>.</summary>
    public static void WriteCsv(TextWriter output, Instrument instrument, IEnumerable<JurisdictionScore> scores)
    {
        var layers = instrument.Layers.Select(l => l.Id).ToArray();
        var indicators = instrument.Layers.SelectMany(l => l.Indicators).Select(i => i.Id).ToArray();
        var header = new[] { "jurisdiction", "composite", "layer_gap", "completeness", "stage", "technology", "organization", "quadrant" }
            .Concat(layers.Select(id => "layer:" + id)).Concat(indicators.Select(id => "indicator:" + id));
        output.WriteLine(string.Join(',', header.Select(Quote)));
        foreach (var (jurisdiction, r) in scores)
        {
            var fields = new[] { jurisdiction, Format(r.Composite), Format(r.LayerGap), Format(r.Completeness), r.Stage?.Id ?? "",
                    Format(r.Technology), Format(r.Organization), r.Quadrant?.ToString() ?? "" }
                .Concat(layers.Select(id => Format(r.Layers.GetValueOrDefault(id))))
                .Concat(indicators.Select(id => Format(r.Indicators.GetValueOrDefault(id))));
            output.WriteLine(string.Join(',', fields.Select(Quote)));
        }
    }

    /// <summary>Full precision, invariant culture: the shortest text that reads back as the same double.</summary>
    public static string Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    // Neutralised first: jurisdiction codes come from imported files and must not run as formulas in a spreadsheet.
    private static string Quote(string value) => Quoted(SpreadsheetCell.Neutralise(value));

    private static string Quoted(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }

    private static void Section(Utf8JsonWriter json, string name, IEnumerable<string> ids, IReadOnlyDictionary<string, double?> scores)
    {
        json.WriteStartObject(name);
        foreach (var id in ids) Number(json, id, scores.GetValueOrDefault(id));
        json.WriteEndObject();
    }
}
