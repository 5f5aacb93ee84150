using Assessment.Core.Instruments;
using Assessment.Data.Instruments;
using Assessment.Web.Configuration;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

public sealed record InstrumentFile(string Name, long Bytes, DateTimeOffset Modified);

/// <summary>The instrument files under the instruments folder and the snapshots rounds are bound to. Read-only.</summary>
public sealed class InstrumentCatalog(CurrentUser currentUser, AppPaths paths, SnapshotsInUse snapshots)
{
    public async Task<IReadOnlyList<InstrumentFile>> ListFilesAsync()
    {
        await currentUser.RequireAsync(Permission.ViewInstruments);
        if (!Directory.Exists(paths.InstrumentsFolder)) return [];
        return Directory.EnumerateFiles(paths.InstrumentsFolder)
            .Where(IsInstrumentFile)
            .Select(f => new FileInfo(f))
            .Select(f => new InstrumentFile(f.Name, f.Length, f.LastWriteTimeUtc))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<SnapshotUse>> ListSnapshotsAsync()
    {
        await currentUser.RequireAsync(Permission.ViewInstruments);
        return snapshots.List();
    }

    /// <summary>Loads one file by its name in the folder: the instrument, or every problem with its line.</summary>
    /// <exception cref="ArgumentException">The name is not a YAML file directly in the instruments folder.</exception>
    public async Task<InstrumentLoadResult> LoadAsync(string fileName)
    {
        await currentUser.RequireAsync(Permission.ViewInstruments);
        // Only a bare file name: "../x" or an absolute path must not read files outside the folder.
        if (fileName != Path.GetFileName(fileName) || !IsInstrumentFile(fileName))
            throw new ArgumentException(InstrumentTexts.NotAnInstrumentFile.Localized());
        var path = Path.Combine(paths.InstrumentsFolder, fileName);
        if (!File.Exists(path)) throw new ArgumentException(InstrumentTexts.NoSuchFile.Localized());
        return InstrumentLoader.LoadFile(path);
    }

    private static bool IsInstrumentFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
