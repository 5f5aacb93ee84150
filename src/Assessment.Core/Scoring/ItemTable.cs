using System.Text;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>
/// An instrument's items by position, looked up by id without a string per lookup, with the answer texts already
/// parsed for each item. Built once per read of a round: the parse cache lives as long as the table.
/// </summary>
public sealed class ItemTable
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> positions;
    private readonly Dictionary<string, Answer?>.AlternateLookup<ReadOnlySpan<char>>[] parsed;
    private readonly bool[] isScored;

    public ItemTable(Instrument instrument)
    {
        Instrument = instrument;
        isScored = instrument.Items.Select(i => i.IsScored).ToArray();
        ScoredCount = isScored.Count(s => s);
        positions = instrument.Items.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        parsed = instrument.Items.Select(_ => new Dictionary<string, Answer?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
    }

    public Instrument Instrument { get; }

    public int Count => isScored.Length;

    /// <summary>Whether the item at <paramref name="position"/> counts towards completeness and scores.</summary>
    public bool IsScored(int position) => isScored[position];

    public int ScoredCount { get; }

    /// <summary>The item's position in Instrument.Items; -1 for an item the instrument does not have.</summary>
    public int Position(ReadOnlySpan<char> itemId) => positions.TryGetValue(itemId, out var position) ? position : -1;

    /// <inheritdoc cref="Position(ReadOnlySpan{char})"/>
    public int Position(ReadOnlySpan<byte> utf8ItemId)
    {
        Span<char> chars = stackalloc char[Math.Min(utf8ItemId.Length, 256)];
        return Encoding.UTF8.TryGetChars(utf8ItemId, chars, out var length) ? Position(chars[..length]) : Position(Encoding.UTF8.GetString(utf8ItemId));
    }

    /// <summary>
    /// A stored answer text as the item's answer. Values were validated against this same instrument when they were
    /// saved, so a failure here means the store was edited outside the program: say so rather than score it as
    /// unanswered. Answers are immutable, so one parsed answer serves every response that gave the same text
    /// (numbers and free text are too varied to keep).
    /// </summary>
    /// <exception cref="InvalidDataException">The text does not fit the item.</exception>
    public Answer? Parse(int position, ReadOnlySpan<char> value)
    {
        var cache = parsed[position];
        if (cache.TryGetValue(value, out var answer)) return answer;
        var item = Instrument.Items[position];
        var text = value.ToString();
        var result = AnswerText.Parse(item, text);
        if (!result.Ok) throw new InvalidDataException($"Stored answer does not fit its item: {result.Error}");
        if (item.Type is not (ItemType.Numeric or ItemType.Text)) cache[text] = result.Answer;
        return result.Answer;
    }

    /// <inheritdoc cref="Parse(int, ReadOnlySpan{char})"/>
    public Answer? Parse(int position, ReadOnlySpan<byte> utf8Value)
    {
        if (utf8Value.Length > 256) return Parse(position, Encoding.UTF8.GetString(utf8Value));
        Span<char> chars = stackalloc char[utf8Value.Length];
        return Parse(position, chars[..Encoding.UTF8.GetChars(utf8Value, chars)]);
    }
}
