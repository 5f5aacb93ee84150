using Assessment.Core.Instruments;

namespace Assessment.Cli.Commands;

/// <summary>Loads an instrument for a command, printing the validator's problems when it is not valid.</summary>
internal static class InstrumentFile
{
    public static Instrument? Load(string path, TextWriter stderr)
    {
        var result = InstrumentLoader.LoadFile(path);
        foreach (var problem in result.Problems) stderr.WriteLine(problem);
        if (result.IsValid) return result.Instrument;
        stderr.WriteLine($"{path}: not a valid instrument ({result.Problems.Count} problem(s)); fix the lines above and run again.");
        return null;
    }
}
