using System.Text;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;

namespace Assessment.Web.Demo;

/// <summary>
/// Loads the demo rounds through the real stores, as people using the app would have produced them: the external
/// round's answers are imported per rater, submitted by the rater, accepted by the lead, and the round is closed and
/// published; the self-assessment round stays open with drafts. Everything is checked before the first write, so a
/// profile that no longer fits an edited instrument stops with a message instead of leaving half a round.
/// </summary>
public sealed class DemoRounds(AssessmentDb db, string instrumentsFolder)
{
    private readonly RoundStore rounds = new(db);
    private readonly AccountStore accounts = new(db);

    /// <summary>
    /// An external round on the seed cases whose every scored answer is grounded in a seed passage (given in the file)
    /// or neutral (<see cref="NeutralAnswer"/>, evidence <see cref="SeedEvidence.Silent"/>): opened, every rater's
    /// answers imported as one CSV, then submitted, accepted and published. Both demo external rounds (2026.1 and
    /// 2026.2) are files of this one format.
    /// </summary>
    public Round LoadExternal(ExternalRoundFile file, string demoFile = DemoFiles.External)
    {
        var (snapshotId, instrument) = Snapshot(file.Instrument, demoFile);
        CheckExternal(file, instrument, demoFile);
        var round = OpenRound(file.Name, snapshotId, RoundMode.ExternalEvaluation, file.OpensInDays, file.ClosesInDays);
        var imported = AnswerImport.Import(db, round.Id, new StringReader(ExternalAnswersCsv(file, instrument)), DemoSeed.Actor);
        if (!imported.Ok)
            throw new DemoDataException($"Demo/Data/{demoFile}: the answers do not import: {string.Join("; ", imported.Problems.Take(5))}");
        Publish(round, file.Lead);
        return rounds.Find(round.Id)!;
    }

    // Each rater submits, the lead accepts every response, closes and publishes the round.
    private void Publish(Round round, string lead)
    {
        var raterNames = accounts.List().ToDictionary(a => a.Id, a => a.UserName);
        foreach (var response in rounds.Responses(round.Id))
        {
            rounds.SetResponseStatus(response.Id, ResponseStatus.Submitted, raterNames[response.RaterId]);
            rounds.SetResponseStatus(response.Id, ResponseStatus.Accepted, lead);
        }
        rounds.SetStatus(round.Id, RoundStatus.Closed, lead);
        rounds.SetStatus(round.Id, RoundStatus.Published, lead);
    }

    public Round LoadSelfAssessment(SelfAssessmentRoundFile file)
    {
        var (snapshotId, instrument) = Snapshot(file.Instrument, DemoFiles.SelfAssessment);
        CheckProfiles(file.Participants.Select(p => p.Profile).OfType<Profile>(), instrument, DemoFiles.SelfAssessment);
        var participants = file.Participants.Select(p => Participant(p, instrument)).ToList();

        var round = OpenRound(file.Name, snapshotId, RoundMode.SelfAssessment, file.OpensInDays, file.ClosesInDays);
        // A draft is what a sitting leaves behind.
        foreach (var (account, draft) in participants)
            SaveAnswers(rounds.Assign(round.Id, account.JurisdictionCode!, account.Id, DemoSeed.Actor).Id, account, draft, DemoFiles.SelfAssessment);
        return rounds.Find(round.Id)!;
    }

    /// <summary>
    /// A self-assessment round that ran and ended: each respondent's answers saved, submitted by the respondent and
    /// accepted by the reviewer; the round closed and published by the reviewer.
    /// </summary>
    public Round LoadPublishedSelfAssessment(PublishedSelfAssessmentFile file, string demoFile = DemoFiles.PublishedSelfAssessment)
    {
        var (snapshotId, instrument) = Snapshot(file.Instrument, demoFile);
        CheckProfiles(file.Respondents.Select(r => r.Profile), instrument, demoFile);
        if (accounts.FindByUserName(file.Reviewer) is null) throw new DemoDataException($"Demo/Data/{demoFile}: no account named '{file.Reviewer}'.");
        var respondents = file.Respondents.Select(r =>
        {
            var account = accounts.FindByUserName(r.Account) ?? throw new DemoDataException($"Demo/Data/{demoFile}: no account named '{r.Account}'.");
            if (account.JurisdictionCode != r.Profile.Code)
                throw new DemoDataException($"Demo/Data/{demoFile}: {r.Account} is not the self-assessor of {r.Profile.Code}.");
            return (Account: account, Answers: DemoAnswers.For(instrument, r.Profile).ToList());
        }).ToList();

        var round = OpenRound(file.Name, snapshotId, RoundMode.SelfAssessment, file.OpensInDays, file.ClosesInDays);
        foreach (var (account, given) in respondents)
        {
            var response = rounds.Assign(round.Id, account.JurisdictionCode!, account.Id, DemoSeed.Actor);
            SaveAnswers(response.Id, account, given, demoFile);
            rounds.SetResponseStatus(response.Id, ResponseStatus.Submitted, account.UserName);
            rounds.SetResponseStatus(response.Id, ResponseStatus.Accepted, file.Reviewer);
        }
        rounds.SetStatus(round.Id, RoundStatus.Closed, file.Reviewer);
        rounds.SetStatus(round.Id, RoundStatus.Published, file.Reviewer);
        return rounds.Find(round.Id)!;
    }

    // A demo round with its window in whole days around today, opened by the demo's actor.
    private Round OpenRound(string name, long snapshotId, RoundMode mode, int opensInDays, int closesInDays)
    {
        var today = Today();
        var round = rounds.Create(new NewRound(name, snapshotId, mode, today.AddDays(opensInDays), today.AddDays(closesInDays), IsDemo: true), DemoSeed.Actor);
        rounds.SetStatus(round.Id, RoundStatus.Open, DemoSeed.Actor);
        return round;
    }

    // Saved one by one, as the questionnaire page saves them; an answer the store refuses stops the demo with its file.
    private void SaveAnswers(long responseId, Account account, IEnumerable<(string ItemId, string Value)> given, string demoFile)
    {
        var answers = new AnswerStore(db);
        foreach (var (itemId, value) in given)
            if (answers.Save(new AnswerWrite(responseId, itemId, value, 0, account.Id)) is not SaveResult.Saved)
                throw new DemoDataException($"Demo/Data/{demoFile}: the answer {itemId} = {value} of {account.UserName} was not saved.");
    }

    // Midnight UTC of the injected clock's today, so the windows are whole days around the day of loading.
    private DateTimeOffset Today() => new(db.Time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);

    private (long SnapshotId, Instrument Instrument) Snapshot(string fileName, string demoFile)
    {
        var path = Path.Combine(instrumentsFolder, fileName);
        if (!File.Exists(path))
            throw new DemoDataException($"Demo/Data/{demoFile} needs the instrument {fileName}, which is not in {instrumentsFolder}.");
        var yaml = File.ReadAllText(path);
        var added = new SnapshotStore(db).Add(yaml, fileName, DemoSeed.Actor);
        if (added.Snapshot is null)
            throw new DemoDataException($"The instrument {path} does not load: {string.Join("; ", added.Problems.Take(3))}");
        return (added.Snapshot.Id, InstrumentLoader.LoadText(yaml, fileName).Instrument!);
    }

    private static void CheckProfiles(IEnumerable<Profile> profiles, Instrument instrument, string demoFile)
    {
        string Where(Profile p) => $"Demo/Data/{demoFile}, profile {p.Code}";
        var levelKeys = instrument.Layers.Select(l => l.Id).Concat(instrument.Layers.SelectMany(l => l.Indicators).Select(i => i.Id))
            .Append(DemoAnswers.TechnologyKey).Append(DemoAnswers.OrganizationKey).ToHashSet(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            if (p.Level is < 0 or > 1) throw new DemoDataException($"{Where(p)}: level must be between 0 and 1.");
            foreach (var (key, level) in p.Levels)
            {
                if (!levelKeys.Contains(key)) throw new DemoDataException($"{Where(p)}: levels.{key} is not a layer, indicator or axis of {instrument.Id} {instrument.Version}.");
                if (level is < 0 or > 1) throw new DemoDataException($"{Where(p)}: levels.{key} must be between 0 and 1.");
            }
            foreach (var (itemId, value) in p.Answers)
            {
                var item = instrument.FindItem(itemId) ?? throw new DemoDataException($"{Where(p)}: answers.{itemId} is not an item of {instrument.Id} {instrument.Version}.");
                if (AnswerText.Parse(item, value) is { Ok: false } bad) throw new DemoDataException($"{Where(p)}: answers.{itemId}: {bad.Error}");
            }
            foreach (var itemId in p.Texts.Keys)
                if (instrument.FindItem(itemId) is not { IsScored: false })
                    throw new DemoDataException($"{Where(p)}: texts.{itemId} is not a text item of {instrument.Id} {instrument.Version}.");
        }
    }

    // Every answer names an item that exists and is scored, parses for it, and names its seed and at least one passage;
    // an edited instrument is reported, not guessed at.
    private void CheckExternal(ExternalRoundFile file, Instrument instrument, string demoFile)
    {
        foreach (var rater in file.Raters.Append(file.Lead))
            if (accounts.FindByUserName(rater) is null) throw new DemoDataException($"Demo/Data/{demoFile}: no account named '{rater}'.");
        foreach (var c in file.Cases)
        {
            var where = $"Demo/Data/{demoFile}, case {c.Code}";
            foreach (var (itemId, answer) in c.Answers)
            {
                var item = instrument.FindItem(itemId) ?? throw new DemoDataException($"{where}: answers.{itemId} is not an item of {instrument.Id} {instrument.Version}.");
                if (!item.IsScored) throw new DemoDataException($"{where}: answers.{itemId} is a text item; give it under texts.");
                if (AnswerText.Parse(item, answer.Value) is { Ok: false } bad) throw new DemoDataException($"{where}: answers.{itemId}: {bad.Error}");
                if (answer.Seed.Length == 0 || answer.Quotes.Count == 0 || answer.Quotes.Any(string.IsNullOrWhiteSpace))
                    throw new DemoDataException($"{where}: answers.{itemId} needs its seed file and the passage that supports it.");
            }
            foreach (var itemId in c.Texts.Keys)
                if (instrument.FindItem(itemId) is not { IsScored: false })
                    throw new DemoDataException($"{where}: texts.{itemId} is not a text item of {instrument.Id} {instrument.Version}.");
        }
    }

    private static string ExternalAnswersCsv(ExternalRoundFile file, Instrument instrument)
    {
        var csv = new StringBuilder("jurisdiction,rater,item,value,evidence_text\n");
        foreach (var c in file.Cases)
            for (var rater = 0; rater < file.Raters.Count; rater++)
                foreach (var item in instrument.Items)
                {
                    var (value, evidence) = !item.IsScored ? (c.Texts.GetValueOrDefault(item.Id), "")
                        : c.Answers.TryGetValue(item.Id, out var given) ? (given.Value, SeedEvidence.Grounded(given.Seed, given.Quotes))
                        : (NeutralAnswer.For(item, rater), SeedEvidence.Silent);
                    if (value is null) continue;
                    csv.Append(Quote(c.Code)).Append(',').Append(Quote(file.Raters[rater])).Append(',').Append(Quote(item.Id))
                        .Append(',').Append(Quote(value)).Append(',').Append(Quote(evidence)).Append('\n');
                }
        return csv.ToString();
    }

    private (Account Account, List<(string ItemId, string Value)> Draft) Participant(Participant p, Instrument instrument)
    {
        var where = $"Demo/Data/{DemoFiles.SelfAssessment}, participant {p.Account}";
        var account = accounts.FindByUserName(p.Account) ?? throw new DemoDataException($"{where}: no account with that name.");
        if (account.JurisdictionCode is null) throw new DemoDataException($"{where}: the account is not a self-assessor.");
        foreach (var itemId in p.Answer.Concat(p.Texts.Keys))
            if (instrument.FindItem(itemId) is null) throw new DemoDataException($"{where}: {itemId} is not an item of {instrument.Id} {instrument.Version}.");
        if (p.Profile is null) return (account, []);
        if (account.JurisdictionCode != p.Profile.Code) throw new DemoDataException($"{where}: the account is not the self-assessor of {p.Profile.Code}.");
        var draft = DemoAnswers.For(instrument, p.Profile, p.Answer.ToHashSet(StringComparer.Ordinal), p.Texts).ToList();
        return (account, draft);
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";
}
