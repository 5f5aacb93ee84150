using System.Globalization;
using Assessment.Core.Exports;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using CsvHelper;
using CsvHelper.Configuration;

namespace Assessment.Data.Jurisdictions;

/// <summary>Jurisdictions as CSV: <c>code,name_zh,name_en,level,kind,parent_code</c>. Import is all or nothing.</summary>
public static class JurisdictionCsv
{
    public static readonly string[] Columns = ["code", "name_zh", "name_en", "level", "kind", "parent_code"];

    public static ImportResult Import(AssessmentDb db, TextReader reader, string actor)
    {
        var problems = new List<ImportProblem>();
        var rows = new List<Jurisdiction>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectDelimiter = false };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
            return new ImportResult(0, 0, [new ImportProblem(1, "the file is empty: expected the header " + string.Join(",", Columns))]);
        var header = csv.HeaderRecord.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        if (!header.SequenceEqual(Columns))
            return new ImportResult(0, 0, [new ImportProblem(1, $"header is '{string.Join(",", header)}'; expected {string.Join(",", Columns)}")]);

        var known = new JurisdictionStore(db).List().ToDictionary(j => j.Code);
        var inFile = new Dictionary<string, int>();
        var previousEnd = csv.Parser.RawRow;
        while (csv.Read())
        {
            var line = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            var f = csv.Parser.Record ?? [];
            if (f.Length == 1 && string.IsNullOrWhiteSpace(f[0])) continue;
            if (f.Length != Columns.Length) { problems.Add(new ImportProblem(line, $"has {f.Length} field(s), the header has {Columns.Length}")); continue; }
            // Restored: the export guards formula-like names with an apostrophe (SpreadsheetCell.Neutralise).
            f = f.Select(SpreadsheetCell.Restore).ToArray();
            var j = new Jurisdiction(f[0].Trim(), f[1].Trim(), f[2].Trim(), f[3].Trim(), f[4].Trim(), f[5].Trim() is { Length: > 0 } p ? p : null);
            var error = j switch
            {
                { Code.Length: 0 } => "column code: empty",
                { NameZh.Length: 0 } => "column name_zh: empty",
                { NameEn.Length: 0 } => "column name_en: empty (repeat name_zh if there is no English name)",
                _ when !Jurisdiction.Levels.Contains(j.Level) => $"column level: '{j.Level}' is not one of {string.Join(", ", Jurisdiction.Levels)}",
                _ when !Jurisdiction.Kinds.Contains(j.Kind) => $"column kind: '{j.Kind}' is not one of {string.Join(", ", Jurisdiction.Kinds)}",
                { Level: "province", ParentCode: not null } => "column parent_code: a province has no parent",
                _ when inFile.TryGetValue(j.Code, out var first) => $"column code: '{j.Code}' is already on line {first}",
                _ => null,
            };
            if (error is not null) problems.Add(new ImportProblem(line, error));
            else { inFile[j.Code] = line; rows.Add(j); }
        }
        var codes = known.Keys.Concat(rows.Select(r => r.Code)).ToHashSet();
        foreach (var j in rows.Where(r => r.ParentCode is not null && !codes.Contains(r.ParentCode)))
            problems.Add(new ImportProblem(inFile[j.Code], $"column parent_code: '{j.ParentCode}' is neither in the file nor in the database"));
        if (problems.Count == 0)
            foreach (var (code, chain) in JurisdictionChains.Cycles(known.Values, rows))
                problems.Add(new ImportProblem(inFile[code], $"column parent_code: the parent chain is a cycle ({chain})"));
        if (problems.Count > 0) return new ImportResult(0, 0, problems.OrderBy(p => p.Line).ToList());

        var written = new JurisdictionStore(db).Upsert(rows, "import", actor);
        return new ImportResult(written, rows.Count - written, []);
    }

    public static int Export(AssessmentDb db, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns) csv.WriteField(column);
        csv.NextRecord();
        var count = 0;
        foreach (var j in new JurisdictionStore(db).Stream())
        {
            // Names and codes come from imported files: guarded so that none runs as a formula in a spreadsheet.
            csv.WriteField(SpreadsheetCell.Neutralise(j.Code)); csv.WriteField(SpreadsheetCell.Neutralise(j.NameZh));
            csv.WriteField(SpreadsheetCell.Neutralise(j.NameEn)); csv.WriteField(j.Level); csv.WriteField(j.Kind);
            csv.WriteField(SpreadsheetCell.Neutralise(j.ParentCode));
            csv.NextRecord();
            count++;
        }
        csv.Flush();
        return count;
    }
}
