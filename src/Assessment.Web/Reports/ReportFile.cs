namespace Assessment.Web.Reports;

/// <summary>
/// Writes a finished file or nothing: the bytes go to a hidden temporary file in the same folder, which is then
/// renamed over the target in one step, so a batch stopped halfway leaves whole files and no half-written one.
/// </summary>
public static class ReportFile
{
    /// <param name="write">Gets a readable and writable stream: a workbook package reads back what it writes.</param>
    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellation = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite))
            {
                await write(stream);
                cancellation.ThrowIfCancellationRequested();
                await stream.FlushAsync(cancellation);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public static Task WriteAsync(string path, string text, CancellationToken cancellation = default) =>
        WriteAsync(path, s => s.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellation).AsTask(), cancellation);

    public static Task WriteAsync(string path, byte[] bytes, CancellationToken cancellation = default) =>
        WriteAsync(path, s => s.WriteAsync(bytes, cancellation).AsTask(), cancellation);
}
