using Assessment.LoadDriver.Circuit;

namespace Assessment.Web.Tests.LoadDriver;

/// <summary>
/// How the load driver tells a save's outcome from the item's renders (src/Assessment.LoadDriver/Circuit/ItemOutcomes.cs,
/// compiled into this project). The diffs below are the ones the driver received for sa_if_staff_errands in the
/// disk-full run of 2026-12-02 17:42 (its trace): a save, then a second save whose "saving" and "saved" came in one
/// render that set only the version. The driver then waited for a change of data-state and reported "no outcome".
/// </summary>
public sealed class ItemOutcomesTests
{
    private const int Component = 57;
    private static readonly DateTime At = new(2026, 12, 2, 17, 42, 55, DateTimeKind.Utc);
    private readonly ItemOutcomes outcomes = new();
    private readonly Dictionary<string, FrameAttribute> own = new(StringComparer.Ordinal);

    [Fact]
    public void A_save_whose_saving_and_outcome_came_in_one_render_is_the_render_in_which_the_count_went_up()
    {
        Render(1, ("data-item", "sa_if_staff_errands"), ("data-state", "saved"), ("data-version", "5"), ("data-outcomes", "0"));
        var before = outcomes.Count(Component);
        Render(64, ("data-state", "saving"));
        Assert.Null(outcomes.After(Component, before)); // saving is no outcome
        Render(65, ("data-state", "saved"), ("data-version", "6"), ("data-outcomes", "1"));
        Assert.Equal(new ItemOutcomes.Outcome(1, "saved", 6), outcomes.After(Component, before));

        before = outcomes.Count(Component);
        Render(69, ("data-version", "7"), ("data-outcomes", "2")); // no data-state: it read "saved" before and after
        Assert.Equal(new ItemOutcomes.Outcome(2, "saved", 7), outcomes.After(Component, before));
    }

    [Fact]
    public void A_refusal_after_a_refusal_is_an_outcome_though_state_and_version_stay_as_they_were()
    {
        Render(1, ("data-item", "sa_if_one_window"), ("data-state", "saved"), ("data-version", "3"), ("data-outcomes", "0"));
        Render(7, ("data-state", "failed"), ("data-outcomes", "1"));
        var before = outcomes.Count(Component);
        Assert.Equal(1, before);

        Render(9, ("class", "mud-radio mud-checked")); // the radio the click chose, drawn before the save ended
        Assert.Null(outcomes.After(Component, before));
        Render(10, ("data-outcomes", "2"));
        Assert.Equal(new ItemOutcomes.Outcome(2, "failed", 3), outcomes.After(Component, before));
    }

    [Fact]
    public void Components_that_are_not_items_and_a_page_loaded_again_start_from_nothing()
    {
        outcomes.Record(3, new Dictionary<string, FrameAttribute> { ["data-outcomes"] = new("data-outcomes", "4", 0) },
            [new("data-outcomes", "4", 0)], 1, At);
        Assert.Equal(0, outcomes.Count(3)); // not an item (no data-item): not counted

        Render(1, ("data-item", "sa_if_one_portal"), ("data-state", "saved"), ("data-version", "2"), ("data-outcomes", "0"));
        Render(2, ("data-state", "saved"), ("data-version", "3"), ("data-outcomes", "1"));
        Assert.Equal(1, outcomes.Count(Component));
        Assert.Contains("batch 2 17:42:55.000: data-state=saved data-version=3 data-outcomes=1", outcomes.History(Component), StringComparison.Ordinal);
        outcomes.Forget(Component);
        Assert.Equal(0, outcomes.Count(Component));
        Assert.Null(outcomes.After(Component, 0));
    }

    // One render of the item component: the attributes its diff set, kept with the earlier ones as the circuit keeps them.
    private void Render(long batch, params (string Name, string Value)[] set)
    {
        var attributes = set.Select(a => new FrameAttribute(a.Name, a.Value, 0)).ToList();
        foreach (var a in attributes) own[a.Name] = a;
        outcomes.Record(Component, own, attributes, batch, At);
    }
}
