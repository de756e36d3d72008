using SmartMarket.Api.Auth;

namespace SmartMarket.Api.Signals;

/// <summary>At start, has the <see cref="SignalLog"/> track every account the token store knows.</summary>
internal sealed class SignalLogStartup(SignalLog log, ApiUserStore store) : IHostedService
{
    private static readonly ApiUser Everyone = new("signal-log", ApiRole.Admin);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var account in store.AccountsOf(Everyone))
            await log.TrackAsync(account);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
