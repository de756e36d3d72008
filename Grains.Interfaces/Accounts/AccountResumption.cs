using SmartMarket.Grains.Strategies;
using VirtualActors;

namespace SmartMarket.Grains.Accounts;

/// <summary>Lifting an emergency stop: the account first, then its halted strategies, each restarted with its own definition.</summary>
public static class AccountResumption
{
    /// <summary>
    /// Calls <see cref="IAccountGrain.ResumeAsync"/>, then starts again every attached strategy that is halted. Called
    /// from outside the account grain, so a strategy's start may call back into the account.
    /// </summary>
    public static async Task<ResumeResult> ResumeAsync(this IGrainFactory grains, string accountId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        var result = await grains.GetGrain<IAccountGrain>(accountId).ResumeAsync();
        if (!result.Resumed)
            return result;
        var restarted = 0;
        foreach (var id in result.Strategies)
        {
            var strategy = grains.GetGrain<IStrategyGrain>(id);
            var status = await strategy.GetStatusAsync();
            if (!status.Halted || status.Definition is null)
                continue;
            await strategy.StartAsync(status.Definition);
            restarted++;
        }
        return result with { RestartedStrategies = restarted };
    }
}
