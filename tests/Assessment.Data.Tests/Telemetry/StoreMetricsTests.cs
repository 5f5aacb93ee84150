using System.Diagnostics.Metrics;
using Assessment.Data.Answers;
using Assessment.Data.Telemetry;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Telemetry;

/// <summary>Alone: the meter is process-wide, and saves of tests running beside it would be counted too.</summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;

[Collection(nameof(MetricsCollection))]
public class StoreMetricsTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Every_save_is_counted_and_timed_by_its_outcome_with_no_personal_data_in_the_tags(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        var counted = new List<(string Instrument, string Outcome, IReadOnlyList<string> TagKeys)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == StoreMetrics.MeterName) l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((i, _, tags, _) => counted.Add((i.Name, Outcome(tags), Keys(tags))));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) =>
        {
            Assert.True(value >= 0);
            counted.Add((i.Name, Outcome(tags), Keys(tags)));
        });
        listener.Start();

        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id));                  // saved
        answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 1, t.Rater1.Id));                  // unchanged
        answers.Save(new AnswerWrite(t.R1J1, "q1", "4", 0, t.Rater1.Id));                  // conflict: version 1 is there
        await answers.SaveAsync(new AnswerWrite(t.R1J1, "q1", "nine", 1, t.Rater1.Id));   // invalid

        var saves = counted.Where(c => c.Instrument == "assessment.answer.saves").Select(c => c.Outcome);
        var timed = counted.Where(c => c.Instrument == "assessment.answer.save.duration").Select(c => c.Outcome);
        Assert.Equal(["saved", "unchanged", "conflict", "invalid"], saves);
        Assert.Equal(["saved", "unchanged", "conflict", "invalid"], timed);
        Assert.All(counted, c => Assert.Equal(["outcome"], c.TagKeys));
    }

    private static string Outcome(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags) if (tag.Key == "outcome") return (string)tag.Value!;
        return "";
    }

    private static List<string> Keys(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var keys = new List<string>();
        foreach (var tag in tags) keys.Add(tag.Key);
        return keys;
    }
}
