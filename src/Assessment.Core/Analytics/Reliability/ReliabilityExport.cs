using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Assessment.Core.Analytics.Reliability;

/// <summary>
/// The reliability report as JSON (keys fixed, full precision, null where a statistic is undefined) and as text
/// (three decimals, "-" where undefined), shared by the command line and the web's downloads.
/// </summary>
public static class ReliabilityExport
{
    public static readonly string[] IccKeys = ["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"];

    public static IReadOnlyList<double?> IccValues(IccForms icc) => [icc.Icc11, icc.Icc21, icc.Icc31, icc.Icc1K, icc.Icc2K, icc.Icc3K];

    public static void WriteJson(Stream output, ReliabilityReport report)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartObject("instrument");
        json.WriteString("id", report.Instrument.Id);
        json.WriteString("version", report.Instrument.Version);
        json.WriteEndObject();
        Section(json, "items", report.Items);
        Section(json, "indicators", report.Indicators);
        json.WriteStartObject("layers");
        foreach (var (id, layer) in report.Layers)
        {
            json.WriteStartObject(id);
            Number(json, "cronbach_alpha", layer.CronbachAlpha);
            json.WriteNumber("items", layer.Items);
            // The jurisdictions of Cronbach's alpha; the agreement's own count is in the text form and the page.
            json.WriteNumber("jurisdictions", layer.Jurisdictions);
            AgreementFields(json, layer.Agreement, withJurisdictions: false);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteStartObject("composite");
        AgreementFields(json, report.Composite, withJurisdictions: true);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteText(TextWriter output, ReliabilityReport report)
    {
        output.WriteLine($"reliability of {report.Instrument.Id} {report.Instrument.Version}");
        output.WriteLine("ICC: Shrout & Fleiss (1979); Krippendorff's alpha (2011) at nominal/ordinal/interval; Cronbach's alpha per layer (1951). '-' = undefined.");
        var header = $"{"",-28} {"n",5} {"k",3} " + string.Join(" ", IccKeys.Select(k => $"{k,8}")) + $" {"α nom",7} {"α ord",7} {"α int",7}";
        void Block(string title, IEnumerable<(string Id, Agreement A, string Extra)> rows)
        {
            output.WriteLine();
            output.WriteLine(title);
            output.WriteLine(header);
            foreach (var (id, a, extra) in rows) output.WriteLine(Row(id, a) + extra);
        }
        Block("items", report.Items.Select(p => (p.Key, p.Value, "")));
        Block("indicators", report.Indicators.Select(p => (p.Key, p.Value, "")));
        Block("layers (Cronbach's alpha over n jurisdictions that answered all k items)", report.Layers.Select(p =>
            (p.Key, p.Value.Agreement, $"   Cronbach α {Text(p.Value.CronbachAlpha)} (n {p.Value.Jurisdictions}, k {p.Value.Items})")));
        Block("composite", [("composite", report.Composite, "")]);
    }

    private static string Row(string id, Agreement a)
    {
        var line = new StringBuilder($"{Truncate(id),-28} {a.Jurisdictions,5} {a.Raters,3} ");
        var icc = a.Icc is null ? IccKeys.Select(_ => (double?)null) : IccValues(a.Icc);
        line.Append(string.Join(" ", icc.Select(v => $"{Text(v),8}")));
        var k = a.Krippendorff;
        line.Append($" {Text(k?.Nominal),7} {Text(k?.Ordinal),7} {Text(k?.Interval),7}");
        return line.ToString();
    }

    private static string Truncate(string id) => id.Length <= 28 ? id : id[..27] + "…";

    private static string Text(double? v) => v?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";

    private static void Section(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, Agreement> entries)
    {
        json.WriteStartObject(name);
        foreach (var (id, a) in entries)
        {
            json.WriteStartObject(id);
            AgreementFields(json, a, withJurisdictions: true);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void AgreementFields(Utf8JsonWriter json, Agreement a, bool withJurisdictions)
    {
        if (withJurisdictions) json.WriteNumber("jurisdictions", a.Jurisdictions);
        json.WriteNumber("raters", a.Raters);
        if (a.Icc is null) json.WriteNull("icc");
        else
        {
            json.WriteStartObject("icc");
            var values = IccValues(a.Icc);
            for (var i = 0; i < IccKeys.Length; i++) Number(json, IccKeys[i], values[i]);
            json.WriteEndObject();
        }
        if (a.Krippendorff is not { } k) json.WriteNull("krippendorff");
        else
        {
            json.WriteStartObject("krippendorff");
            Number(json, "nominal", k.Nominal);
            Number(json, "ordinal", k.Ordinal);
            Number(json, "interval", k.Interval);
            json.WriteEndObject();
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }
}
