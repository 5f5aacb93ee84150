namespace Assessment.Core.Instruments.Loading;

/// <summary>
/// The verifiability and mirroring keys of an item: <c>source</c> (where its answer comes from), and on a
/// self-assessment item <c>matches</c> (the external item it mirrors) with <c>equivalence</c>. With the external
/// instrument at hand (<see cref="MirrorCheck"/>), each match is checked against it: the item must exist, be
/// scored, be matched once, and an exact match must score the same answers the same way.
/// </summary>
internal static class MatchReader
{
    public sealed record Keys(string? Matches, Equivalence? Equivalence, ItemSource? Source, bool Ok);

    public static Keys Read(Fields fields, Scalars read, string typeName)
    {
        var ok = true;
        var matchesNode = fields.Optional("matches");
        var matches = read.Id(matchesNode, fields.PathOf("matches"), "external item id");
        if (matchesNode is not null && matches is null) ok = false;
        var equivalenceNode = fields.Optional("equivalence");
        var equivalence = read.OneOf(equivalenceNode, fields.PathOf("equivalence"), InstrumentKeys.Equivalences, "equivalence");
        if (equivalenceNode is not null && equivalence is null) ok = false;
        var sourceNode = fields.Optional("source");
        var source = read.OneOf(sourceNode, fields.PathOf("source"), InstrumentKeys.Sources, "source");
        if (sourceNode is not null && source is null) ok = false;

        if (matchesNode is not null && typeName == "text")
        {
            read.Problems.Add(fields.KeyNode("matches")!, fields.PathOf("matches"),
                "a text item is not scored, so there is nothing to compare with the external item; remove matches");
            ok = false;
        }
        else if (matchesNode is not null && equivalenceNode is null)
        {
            read.Problems.Add(fields.KeyNode("matches")!, fields.PathOf("equivalence"),
                "required key is missing beside matches; say how closely the item mirrors it: equivalence: exact or equivalence: partial");
            ok = false;
        }
        if (equivalenceNode is not null && matchesNode is null)
        {
            read.Problems.Add(fields.KeyNode("equivalence")!, fields.PathOf("equivalence"),
                "equivalence says how closely the item mirrors the one named in matches; add matches: <external item id> or remove it");
            ok = false;
        }
        return new Keys(matches,
            equivalence is null ? null : Enum.Parse<Equivalence>(equivalence, ignoreCase: true),
            source switch { "public" => ItemSource.Public, "submitted" => ItemSource.Submitted, "self-report" => ItemSource.SelfReport, _ => null },
            ok);
    }

    /// <summary>Checks a read item's match against the external instrument; true when it holds (or there is none).</summary>
    public static bool Check(Item item, Fields fields, Scalars read, MirrorCheck? mirror)
    {
        if (mirror is null || item.Matches is not { } id) return true;
        var node = fields.Optional("matches")!;
        var path = fields.PathOf("matches");
        var external = mirror.External.FindItem(id);
        if (external is null || !external.IsScored)
        {
            var why = external is null ? "has no item" : "has only an unscored text item";
            read.Problems.Add(node, path, $"{mirror.External.Id} {mirror.External.Version} {why} '{Describe.Shorten(id)}'; name one of its scored items");
            return false;
        }
        if (mirror.Matched.TryGetValue(id, out var first))
        {
            read.Problems.Add(node, path,
                $"'{id}' is already matched by item '{first}'; self-versus-external compares pairs, so each external item is matched once");
            return false;
        }
        mirror.Matched[id] = item.Id;
        if (item.Equivalence != Equivalence.Exact) return true;
        if (ExactDifference(item, external) is not { } difference) return true;
        read.Problems.Add(fields.Optional("equivalence")!, fields.PathOf("equivalence"),
            $"exact means the same answers score the same as '{id}', but {difference}; make them equal or say equivalence: partial");
        return false;
    }

    /// <summary>What keeps two items from scoring every answer alike, or null when nothing does.</summary>
    private static string? ExactDifference(Item self, Item external)
    {
        if (self.Type != external.Type) return $"the types differ ({Name(self.Type)} here, {Name(external.Type)} there)";
        if (self.Reverse != external.Reverse) return $"reverse differs ({self.Reverse} here, {external.Reverse} there)";
        return self.Type switch
        {
            ItemType.Likert when self.Points != external.Points => $"the points differ ({self.Points} here, {external.Points} there)",
            ItemType.Choice or ItemType.Multi when !SameOptions(self, external) => "the option keys or scores differ",
            ItemType.Numeric when !self.Anchors!.SequenceEqual(external.Anchors!) => "the anchors differ",
            _ => null,
        };
    }

    private static bool SameOptions(Item a, Item b) =>
        a.OptionList.Select(o => (o.Key, o.Score)).OrderBy(o => o.Key, StringComparer.Ordinal)
            .SequenceEqual(b.OptionList.Select(o => (o.Key, o.Score)).OrderBy(o => o.Key, StringComparer.Ordinal));

    private static string Name(ItemType type) => type.ToString().ToLowerInvariant();
}

/// <summary>The external instrument a self-assessment is checked against, and which of its items are matched so far.</summary>
internal sealed class MirrorCheck(Instrument external)
{
    public Instrument External { get; } = external;

    public Dictionary<string, string> Matched { get; } = new(StringComparer.Ordinal);
}
