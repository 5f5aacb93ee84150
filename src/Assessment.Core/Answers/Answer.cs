namespace Assessment.Core.Answers;

/// <summary>
/// One rater's answer to one item. "Unanswered" is the absence of an answer (null), never a value of this type.
/// The canonical text form (<see cref="AnswerText"/>) is what the CSV files, the store and the pages exchange.
/// </summary>
public abstract record Answer
{
    private Answer() { }

    public sealed record NotApplicable : Answer
    {
        public static readonly NotApplicable Instance = new();
    }

    public sealed record Likert(int Point) : Answer;

    public sealed record YesNo(bool Yes) : Answer;

    public sealed record Choice(string Key) : Answer;

    /// <summary>Chosen option keys; an empty list is an explicit empty choice (score 0), not unanswered.</summary>
    public sealed record Multi(IReadOnlyList<string> Keys) : Answer
    {
        public bool Equals(Multi? other) => other is not null && Keys.SequenceEqual(other.Keys);
        public override int GetHashCode() => Keys.Aggregate(17, (h, k) => h * 31 + k.GetHashCode());
    }

    public sealed record Number(double Value) : Answer;

    public sealed record Text(string Value) : Answer;
}
