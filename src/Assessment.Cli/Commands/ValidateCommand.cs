using System.CommandLine;
namespace Assessment.Cli.Commands;

/// <summary><c>validate &lt;instrument.yaml&gt;</c>: exit 0 when valid, 2 with every problem (file:line:column) otherwise.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("instrument.yaml") { Description = "the instrument file to check" };
        var command = new Command("validate", "Check an instrument file; every problem with file:line:column") { file };
        command.SetAction(r => Run(r.GetValue(file)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        var instrument = InstrumentFile.Load(path, stderr);
        if (instrument is null) return 2;
        stdout.WriteLine($"{path}: valid — {instrument.Id} {instrument.Version}, " +
                         $"{instrument.Layers.Count} layers, {instrument.Layers.Sum(l => l.Indicators.Count)} indicators, {instrument.Items.Count} items");
        return 0;
    }
}
