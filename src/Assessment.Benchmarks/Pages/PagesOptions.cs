using System.Globalization;

namespace Assessment.Benchmarks.Pages;

/// <summary>The command line of the pages mode: pages [--runs N] [--screenshots folder] [--out file] [--port P].</summary>
public sealed record PagesOptions(int Runs, string? ScreenshotFolder, string OutFile, int? Port)
{
    public const string Usage = "dotnet run -c Release --project src/Assessment.Benchmarks -- pages [--runs N] [--screenshots <folder>] [--out <markdown file>] [--port <port>]";

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range; the message says which.</exception>
    public static PagesOptions Parse(IReadOnlyList<string> args, string defaultOutFile)
    {
        var options = new PagesOptions(10, null, defaultOutFile, null);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--runs" => options with { Runs = Number(args[i], value, 1, 1000) },
                "--screenshots" => options with { ScreenshotFolder = Path.GetFullPath(value) },
                "--out" => options with { OutFile = Path.GetFullPath(value) },
                "--port" => options with { Port = Number(args[i], value, 1, 65535) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }

    private static int Number(string option, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : throw new ArgumentException($"{option} takes a whole number from {min} to {max}, not \"{value}\".");
}
