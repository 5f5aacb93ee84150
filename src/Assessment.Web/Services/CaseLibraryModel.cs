using Assessment.Core.Instruments;

namespace Assessment.Web.Services;

/// <summary>Which analytical model of the seeds a case illustrates; the case list groups and labels by it.</summary>
public enum CaseModel { Iceberg, Quadrant, Platforms, PolicyTools }

/// <summary>
/// One reference case of DOMAIN.md, read from a file in Cases/: a summary of a seed paper in both languages and the
/// figures the paper publishes. Jurisdictions name the demo profiles the case can link to.
/// </summary>
public sealed record CaseStudy(
    string Id,
    string SeedFile,
    int Year,
    CaseModel Model,
    LocalizedText Title,
    LocalizedText Summary,
    IReadOnlyList<LocalizedText> Narrative,
    IReadOnlyList<CaseTable> Tables,
    IReadOnlyList<CaseJurisdiction> Jurisdictions)
{
    /// <summary>"000" for seed file "000-iceberg-model-egov-integration.txt": how the pages label the seed's figures.</summary>
    public string SeedNumber => SeedFile.Length >= 3 ? SeedFile[..3] : SeedFile;

    public CaseTable? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);
}

/// <summary>A figures table as the seed gives it. Each row maps a column key to its cell.</summary>
public sealed record CaseTable(string Id, LocalizedText Caption, IReadOnlyList<CaseColumn> Columns, IReadOnlyList<CaseRow> Rows, LocalizedText? Note);

public sealed record CaseColumn(string Key, LocalizedText Title, bool Numeric);

public sealed record CaseRow(IReadOnlyDictionary<string, LocalizedText> Cells)
{
    /// <summary>The cell of a column, or an empty text when the row leaves it out.</summary>
    public LocalizedText this[string key] => Cells.TryGetValue(key, out var text) ? text : new LocalizedText("", "");
}

/// <summary>
/// A jurisdiction of the case that exists in the demo data set under this code (e.g. 44, DEMO-H), with the quadrant of
/// the technology x organization model its seed places it in and the seed's passages that say so (verbatim), when the
/// seed speaks to it. The pages set it beside the quadrant the tool's scoring gives, and say when the two differ.
/// </summary>
public sealed record CaseJurisdiction(string Code, LocalizedText Name, Quadrant? SeedQuadrant = null, IReadOnlyList<string>? SeedPassages = null);

/// <summary>Something wrong in a case file: where (file, line) and what to change.</summary>
public sealed record CaseFileProblem(string File, int Line, string Message)
{
    public override string ToString() => $"Cases/{File} line {Line}: {Message}";
}

/// <summary>The cases that loaded, and the problems of the files that did not (those files are skipped).</summary>
public sealed record CaseLoadResult(IReadOnlyList<CaseStudy> Cases, IReadOnlyList<CaseFileProblem> Problems);
