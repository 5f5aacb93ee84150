using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/Assessment.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
