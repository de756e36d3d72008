using System.ComponentModel.DataAnnotations;

namespace SmartMarket.Api;

/// <summary>Settings of the GraphQL API (configuration section "Api").</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The JSON file holding hashed API tokens and account owners.</summary>
    [Required]
    public string TokenStoreFile { get; set; } = Path.Combine("data", "api-users.json");

    /// <summary>Requests per token (or per client address without a token) in each window.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Length of the rate limiter's fixed window, in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Where backtests run through the API write their report folders; unset, <c>backtests</c> beside the token store file (the data folder).</summary>
    public string? BacktestDirectory { get; set; }

    /// <summary>How many API backtests may run at once; the rest wait queued.</summary>
    [Range(1, 64)]
    public int MaxConcurrentBacktests { get; set; } = 1;

    /// <summary>Names of the model grains the <c>models</c> query lists (the silo's Trading:Model among them).</summary>
    public IList<string> Models { get; set; } = ["confirmation"];

    /// <summary>Deepest selection nesting a document may have.</summary>
    [Range(2, 64)]
    public int MaxDepth { get; set; } = 10;

    /// <summary>Largest estimated cost (fields times list sizes) a document may have.</summary>
    [Range(10, 1_000_000)]
    public int MaxCost { get; set; } = 5_000;
}
