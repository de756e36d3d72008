namespace Benchmarks.Quick;

/// <summary>A benchmark suite with a quick mode: a short, self-timed run that reports a few figures.</summary>
public interface IQuickSuite
{
    /// <summary>The name on the command line and of the result file.</summary>
    string Name { get; }

    Task<QuickReport> RunAsync(CancellationToken cancellationToken);
}
