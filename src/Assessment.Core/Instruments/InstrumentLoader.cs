namespace Assessment.Core.Instruments;

/// <summary>One problem found in an instrument file, located as file:line:column.</summary>
public sealed record InstrumentProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>Either an instrument (no problems) or every problem found in the file at once.</summary>
public sealed record InstrumentLoadResult(Instrument? Instrument, IReadOnlyList<InstrumentProblem> Problems)
{
    public bool IsValid => Instrument is not null && Problems.Count == 0;
}

/// <summary>Reads and validates instrument YAML (format: instruments/README.md). Never throws on bad input.</summary>
public static class InstrumentLoader
{
    public static InstrumentLoadResult LoadFile(string path) => throw new NotImplementedException("contract stub");

    /// <param name="sourceName">The name used in problem locations (normally the file path).</param>
    public static InstrumentLoadResult LoadText(string yaml, string sourceName) => throw new NotImplementedException("contract stub");
}
