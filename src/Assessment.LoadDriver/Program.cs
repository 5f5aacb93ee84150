using Assessment.LoadDriver;
using Assessment.LoadDriver.Modes;

// The load driver (README, "Reliability under load"). Exit codes: 0 every check held, 1 a check failed, 2 usage.
try
{
    var options = LoadOptions.Parse(args);
    return options.Mode switch
    {
        "step" => await new StepRun(options).RunAsync(),
        "memory" => await new MemoryRun(options).RunAsync(),
        _ => await new LoadRun(options).RunAsync(),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}
catch (LoadException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
