using BenchmarkDotNet.Running;
using Benchmarks.Quick;

// "--quick <suite>..." runs the fast suites that write bench-results/<suite>.json; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--quick")
    return await QuickRunner.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(QuickRunner).Assembly).Run(args);
return 0;
