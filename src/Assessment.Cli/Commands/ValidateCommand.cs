namespace Assessment.Cli.Commands;

/// <summary>
/// <c>validate &lt;instrument.yaml&gt;</c>: exit 0 when valid, 2 with every problem (file:line:column) otherwise.
/// With <c>--against &lt;external.yaml&gt;</c> a self-assessment's <c>matches</c> keys are checked against that instrument.
/// </summary>
public static class ValidateCommand
{
    public const string Usage = "validate <instrument.yaml> [--against <external-instrument.yaml>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "against");
        if (options.Positional.Count != 1) options.Errors.Add("give exactly one instrument file");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;
        Core.Instruments.Instrument? external = null;
        if (options.Get("against") is { } againstPath && (external = InstrumentFile.Load(againstPath, stderr)) is null) return 2;
        var instrument = InstrumentFile.Load(options.Positional[0], stderr, external);
        if (instrument is null) return 2;
        stdout.WriteLine($"{options.Positional[0]}: valid — {instrument.Id} {instrument.Version}, " +
                         $"{instrument.Layers.Count} layers, {instrument.Layers.Sum(l => l.Indicators.Count)} indicators, {instrument.Items.Count} items");
        return 0;
    }
}
