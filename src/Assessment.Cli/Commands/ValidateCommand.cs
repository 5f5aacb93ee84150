using System.CommandLine;
using Assessment.Core.Instruments;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>validate &lt;instrument.yaml&gt;</c>: exit 0 when valid, 2 with every problem (file:line:column) otherwise.
/// With <c>--against &lt;external.yaml&gt;</c> a self-assessment's <c>matches</c> keys are checked against that instrument.
/// </summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("instrument.yaml") { Description = "the instrument file to check" };
        var against = CommonOptions.Optional("--against", "external-instrument.yaml", "check a self-assessment's matches against this external instrument");
        var command = new Command("validate", "Check an instrument file; every problem with file:line:column") { file, against };
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(against), r.Out(), r.Err()));
        return command;
    }

    public static int Run(string path, string? againstPath, TextWriter stdout, TextWriter stderr)
    {
        Instrument? external = null;
        if (againstPath is not null && (external = InstrumentFile.Load(againstPath, stderr)) is null) return 2;
        var instrument = InstrumentFile.Load(path, stderr, external);
        if (instrument is null) return 2;
        stdout.WriteLine($"{path}: valid — {instrument.Id} {instrument.Version}, " +
                         $"{instrument.Layers.Count} layers, {instrument.Layers.Sum(l => l.Indicators.Count)} indicators, {instrument.Items.Count} items");
        return 0;
    }
}
