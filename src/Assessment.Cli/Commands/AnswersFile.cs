using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Cli.Commands;

/// <summary>Reads a tidy answers CSV for scoring: all rows or, if any row is bad, every bad row and nothing.</summary>
internal static class AnswersFile
{
    public static IReadOnlyList<JurisdictionAnswers>? Load(string path, Instrument instrument, TextWriter stderr)
    {
        if (!File.Exists(path)) { stderr.WriteLine($"{path}: no such file"); return null; }
        var builder = new AnswerSetBuilder(instrument);
        var errors = 0;
        using (var reader = new StreamReader(path))
        {
            foreach (var row in AnswerCsv.Read(reader, instrument))
            {
                if (row.Error is not null) { stderr.WriteLine($"{path}:{row.Line}: {row.Error}"); errors++; continue; }
                builder.Add(row.Jurisdiction, row.Rater, row.ItemId, row.Answer);
            }
        }
        if (errors == 0) return builder.Build();
        stderr.WriteLine($"{path}: {errors} bad row(s); nothing was scored. Fix the rows above and run again.");
        return null;
    }
}
