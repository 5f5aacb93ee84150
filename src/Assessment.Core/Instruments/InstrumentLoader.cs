using Assessment.Core.Instruments.Loading;

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
    /// <param name="external">When given (a self-assessment loaded beside its external instrument), every
    /// <c>matches</c> key is checked against it; without it, matches are checked for form only.</param>
    public static InstrumentLoadResult LoadFile(string path, Instrument? external = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the file does not exist; check the path",
                UnauthorizedAccessException => "the file cannot be read (permission denied, or it is a folder)",
                ArgumentException or NotSupportedException => "this is not a usable file path",
                _ => $"the file cannot be read: {e.Message}",
            };
            return Failed(path, reason);
        }

        return Load(text, path, Path.GetFileName(path), external);
    }

    /// <param name="sourceName">The name used in problem locations (normally the file path).</param>
    public static InstrumentLoadResult LoadText(string yaml, string sourceName, Instrument? external = null) =>
        Load(yaml, sourceName, fileName: null, external);

    /// <param name="fileName">When reading a file, its name, checked against the id and version inside.</param>
    private static InstrumentLoadResult Load(string yaml, string sourceName, string? fileName, Instrument? external)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var problems = new ProblemList(sourceName);
        var root = YamlDocumentReader.Read(yaml, problems);
        var instrument = root is null ? null : InstrumentReader.Read(root, problems, fileName, external);
        return problems.Count == 0 && instrument is not null
            ? new InstrumentLoadResult(instrument, [])
            : new InstrumentLoadResult(null, problems.InDocumentOrder());
    }

    private static InstrumentLoadResult Failed(string path, string message) =>
        new(null, [new InstrumentProblem(path, 1, 1, message)]);
}
