using Assessment.Core.Instruments;

namespace Assessment.Cli.Commands;

/// <summary>Loads an instrument for a command, printing the validator's problems when it is not valid.</summary>
internal static class InstrumentFile
{
    /// <param name="external">When given, the self-assessment's matches are checked against it.</param>
    public static Instrument? Load(string path, TextWriter stderr, Instrument? external = null)
    {
        var result = InstrumentLoader.LoadFile(path, external);
        foreach (var problem in result.Problems) stderr.WriteLine(problem);
        if (result.IsValid) return result.Instrument;
        stderr.WriteLine($"{path}: not a valid instrument ({result.Problems.Count} problem(s)); fix the lines above and run again.");
        return null;
    }
}
