using Assessment.Core.Instruments;
using Assessment.Data.Jurisdictions;

namespace Assessment.Web.Services;

/// <summary>Every jurisdiction with its province, read once: the picker's rows and the board's filter columns.</summary>
public sealed class JurisdictionPlaces
{
    private readonly Dictionary<string, JurisdictionChoice> byCode;

    private JurisdictionPlaces(Dictionary<string, JurisdictionChoice> byCode) => this.byCode = byCode;

    public IReadOnlyCollection<JurisdictionChoice> All => byCode.Values;

    public static JurisdictionPlaces From(IReadOnlyList<Jurisdiction> all)
    {
        var rows = all.ToDictionary(j => j.Code, StringComparer.Ordinal);
        var choices = new Dictionary<string, JurisdictionChoice>(StringComparer.Ordinal);
        foreach (var j in all)
        {
            var province = ProvinceOf(j, rows);
            choices[j.Code] = new JurisdictionChoice(j.Code, new LocalizedText(j.NameZh, j.NameEn), j.Level,
                province.Code, new LocalizedText(province.NameZh, province.NameEn));
        }
        return new JurisdictionPlaces(choices);
    }

    /// <summary>The jurisdiction, or a bare entry naming the code if the hierarchy no longer has it.</summary>
    public JurisdictionChoice Find(string code) =>
        byCode.GetValueOrDefault(code) ?? new JurisdictionChoice(code, new LocalizedText(code, code), "", "", new LocalizedText("", ""));

    public bool Contains(string code) => byCode.ContainsKey(code);

    /// <summary>The provinces, in code order, for the province filter.</summary>
    public IReadOnlyList<JurisdictionChoice> Provinces() =>
        byCode.Values.Where(c => c.Level == "province").OrderBy(c => c.Code, StringComparer.Ordinal).ToList();

    // Walks up the parents (county -> prefecture -> province); a row whose chain is broken is its own province.
    private static Jurisdiction ProvinceOf(Jurisdiction j, Dictionary<string, Jurisdiction> rows)
    {
        var current = j;
        for (var steps = 0; current.Level != "province" && steps < 4; steps++)
        {
            if (current.ParentCode is not { } parent || !rows.TryGetValue(parent, out var up)) break;
            current = up;
        }
        return current;
    }
}
