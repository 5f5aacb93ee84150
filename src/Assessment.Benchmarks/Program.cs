using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/Assessment.Benchmarks -- --filter '*'   (BenchmarkDotNet: in-memory scoring)
// dotnet run -c Release --project src/Assessment.Benchmarks -- store          (the store: import, score from SQLite, saves)
if (args is ["store"]) Assessment.Benchmarks.StoreBenchmarks.Run();
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
