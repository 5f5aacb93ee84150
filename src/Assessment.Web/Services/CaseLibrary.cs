namespace Assessment.Web.Services;

/// <summary>
/// The reference cases, read once at start-up from the files embedded from Cases/ (so the app needs no files
/// beside it). A file with a problem is logged with its file and line and left out: one bad case must not take
/// the library, let alone the app, down.
/// </summary>
public sealed class CaseLibrary
{
    private const string ResourcePrefix = "Cases.";

    public CaseLibrary(CaseLoadResult loaded, ILogger<CaseLibrary> logger)
    {
        Cases = loaded.Cases;
        Problems = loaded.Problems;
        foreach (var problem in loaded.Problems)
            logger.LogWarning("Case file skipped: {Problem}", problem.ToString());
    }

    public IReadOnlyList<CaseStudy> Cases { get; }

    /// <summary>Problems of the files that were skipped, for the log and the tests.</summary>
    public IReadOnlyList<CaseFileProblem> Problems { get; }

    public CaseStudy? Find(string id) => Cases.FirstOrDefault(c => c.Id == id);

    /// <summary>The case and its jurisdiction entry whose seed places this jurisdiction in a quadrant, if any.</summary>
    public (CaseStudy Case, CaseJurisdiction Jurisdiction)? SeedPlacement(string code) =>
        Cases.SelectMany(c => c.Jurisdictions.Where(j => j.Code == code && j.SeedQuadrant is not null).Select(j => (c, j)))
            .Cast<(CaseStudy, CaseJurisdiction)?>().FirstOrDefault();

    /// <summary>Loads every case file embedded in the web assembly.</summary>
    public static CaseLoadResult LoadEmbedded()
    {
        var assembly = typeof(CaseLibrary).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
            && n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var readers = names.Select(n => (File: n[ResourcePrefix.Length..], Reader: (TextReader)new StreamReader(assembly.GetManifestResourceStream(n)!))).ToList();
        try { return CaseLibraryLoader.Load(readers); }
        finally { foreach (var (_, reader) in readers) reader.Dispose(); }
    }
}
