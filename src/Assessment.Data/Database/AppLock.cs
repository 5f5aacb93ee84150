namespace Assessment.Data.Database;

/// <summary>
/// The web app's claim on its database: an exclusive lock on "&lt;database&gt;.app-lock" held for as long as the app
/// runs (on Linux an flock, released by the kernel when the process ends, even when it is killed). Maintenance that
/// must not run under a live app (restore) takes the same lock and is refused while the app holds it.
/// </summary>
public sealed class AppLock : IDisposable
{
    private readonly FileStream file;

    private AppLock(FileStream file) => this.file = file;

    public static string PathFor(string databasePath) => System.IO.Path.GetFullPath(databasePath) + ".app-lock";

    /// <summary>The lock, or null when another holder (the running app) has it.</summary>
    public static AppLock? TryAcquire(string databasePath)
    {
        var path = PathFor(databasePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!); // a first start creates the data folder
        try
        {
            return new AppLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not (DirectoryNotFoundException or FileNotFoundException or PathTooLongException))
        {
            return null; // the sharing violation: someone else has the lock
        }
    }

    /// <exception cref="InvalidOperationException">Another process (another app on the same data folder) holds it.</exception>
    public static AppLock Acquire(string databasePath) => TryAcquire(databasePath)
        ?? throw new InvalidOperationException($"Another process holds {PathFor(databasePath)}: an Assessment app already runs on this database.");

    public void Dispose() => file.Dispose();
}
