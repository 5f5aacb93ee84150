using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Rounds;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

public sealed partial class RoundService
{
    public async Task<IReadOnlyList<InstrumentFile>> InstrumentFilesAsync()
    {
        await currentUser.RequireAsync(Permission.ManageRounds);
        return await catalog.ListFilesAsync();
    }

    public async Task<JurisdictionPlaces> JurisdictionsAsync()
    {
        await currentUser.RequireAsync(Permission.ManageRounds);
        return JurisdictionPlaces.From(jurisdictions.List());
    }

    /// <summary>Evaluator and self-assessor accounts, without password hashes.</summary>
    public async Task<IReadOnlyList<Account>> RaterAccountsAsync()
    {
        await currentUser.RequireAsync(Permission.ManageRounds);
        return accounts.List().Where(a => a.Role is Roles.Evaluator or Roles.SelfAssessor).Select(a => a with { PasswordHash = null }).ToList();
    }

    /// <summary>
    /// Validates the form and, if it is complete, stores the instrument file as a snapshot and creates the draft
    /// round with all its assignments in one transaction. Administrators only.
    /// </summary>
    public async Task<RoundCreation> CreateAsync(RoundForm form)
    {
        var admin = await currentUser.RequireAsync(Permission.ManageRounds);
        var problems = new Dictionary<string, string>();
        void Problem(string field, string message) => problems.TryAdd(field, message);

        var name = form.Name.Trim();
        if (name.Length == 0) Problem(RoundField.Name, RoundTexts.NameMissing.Localized());
        if (!Enum.IsDefined(form.Mode)) Problem(RoundField.Mode, RoundTexts.ModeMissing.Localized());
        if (form.Opens is null) Problem(RoundField.Opens, RoundTexts.OpensMissing.Localized());
        if (form.Closes is null) Problem(RoundField.Closes, RoundTexts.ClosesMissing.Localized());
        else if (form.Opens is { } o && form.Closes < o) Problem(RoundField.Closes, RoundTexts.ClosesBeforeOpens.Localized());

        var codes = form.Jurisdictions.Order(StringComparer.Ordinal).ToList();
        var places = JurisdictionPlaces.From(jurisdictions.List());
        if (codes.Count == 0) Problem(RoundField.Jurisdictions, RoundTexts.JurisdictionsMissing.Localized());
        else if (codes.Where(c => !places.Contains(c)).ToList() is { Count: > 0 } unknown)
            Problem(RoundField.Jurisdictions, $"{RoundTexts.UnknownJurisdictions.Localized()} {Sample(unknown)}");

        var assignments = Assignments(form, codes, places, Problem);

        string? yaml = null;
        if (string.IsNullOrWhiteSpace(form.InstrumentFile)) Problem(RoundField.Instrument, RoundTexts.InstrumentMissing.Localized());
        // Only a name the catalog lists (directly in instruments/, .yaml) is read: no path from the form reaches the disk.
        else if (!(await catalog.ListFilesAsync()).Any(f => f.Name == form.InstrumentFile))
            Problem(RoundField.Instrument, RoundTexts.InstrumentMissing.Localized());
        else yaml = await File.ReadAllTextAsync(Path.Combine(paths.InstrumentsFolder, form.InstrumentFile));

        if (problems.Count > 0 || yaml is null) return new RoundCreation(null, problems);
        var snapshot = snapshots.Add(yaml, form.InstrumentFile!, admin.UserName);
        if (snapshot.Snapshot is null)
        {
            var first = snapshot.Problems.Take(3).Select(p => $"{form.InstrumentFile}:{p.Line}:{p.Column} {p.Message}");
            return new RoundCreation(null, new Dictionary<string, string>
            {
                [RoundField.Instrument] = $"{RoundTexts.InstrumentInvalid.Localized()} {string.Join("; ", first)}",
            });
        }
        var round = rounds.CreateAssigned(new NewRound(name, snapshot.Snapshot.Id, form.Mode,
            RoundWindow.Start(form.Opens!.Value), RoundWindow.End(form.Closes!.Value)), assignments, admin.UserName);
        return new RoundCreation(round.Id, problems);
    }

    // External: every chosen evaluator rates every jurisdiction. Self-assessment: each jurisdiction's own
    // self-assessors, and a jurisdiction without one is named so the administrator can fix it before the round exists.
    // Which accounts rate in which mode is Core's rule (RoundModes.RatedBy, MayRate).
    private List<RoundAssignment> Assignments(RoundForm form, List<string> codes, JurisdictionPlaces places, Action<string, string> problem)
    {
        var raters = accounts.List().Where(a => !a.IsDisabled && a.RaterKind == form.Mode.RatedBy()).ToList();
        if (form.Mode.RatedBy() == RaterKind.Evaluator)
        {
            if (form.Raters.Count == 0) { problem(RoundField.Raters, RoundTexts.RatersMissing.Localized()); return []; }
            var evaluators = raters.Select(a => a.Id).ToHashSet();
            if (!form.Raters.All(evaluators.Contains)) { problem(RoundField.Raters, RoundTexts.NotEvaluators.Localized()); return []; }
            return codes.SelectMany(c => form.Raters.Order().Select(r => new RoundAssignment(c, r))).ToList();
        }
        // Grouped by their own jurisdiction: for each code, the accounts MayRate accepts for it.
        var selfAssessors = raters.Where(a => a.JurisdictionCode is not null).ToLookup(a => a.JurisdictionCode!, StringComparer.Ordinal);
        var without = codes.Where(c => places.Contains(c) && !selfAssessors.Contains(c)).ToList();
        if (without.Count > 0)
            problem(RoundField.Jurisdictions, $"{RoundTexts.WithoutSelfAssessor.Localized()} {Sample(without.Select(c => $"{places.Find(c).Name.Localized()} ({c})").ToList())}");
        return codes.SelectMany(c => selfAssessors[c].Select(a => new RoundAssignment(c, a.Id))).ToList();
    }

    // Enough names to act on without flooding the page when thousands are selected.
    private static string Sample(IReadOnlyList<string> names) =>
        names.Count <= 8 ? string.Join("、", names) : $"{string.Join("、", names.Take(8))} … (+{names.Count - 8})";
}
