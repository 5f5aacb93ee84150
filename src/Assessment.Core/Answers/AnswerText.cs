using Assessment.Core.Instruments;

namespace Assessment.Core.Answers;

/// <summary>The outcome of reading an answer's text: Ok with Answer null means unanswered.</summary>
public sealed record AnswerParse(bool Ok, Answer? Answer, string? Error)
{
    public static AnswerParse Unanswered { get; } = new(true, null, null);
}

/// <summary>
/// The canonical text form of answers, shared by the CSV files, the store and the pages: a likert point,
/// yes/no, an option key, option keys joined by ';' (a lone ';' is an explicit empty choice), an invariant
/// culture number, any text, or NA. Empty or null is unanswered.
/// </summary>
public static class AnswerText
{
    public static AnswerParse Parse(Item item, string? raw) => throw new NotImplementedException("contract stub");

    public static string Format(Answer answer) => throw new NotImplementedException("contract stub");
}
