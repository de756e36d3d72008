using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SmartMarket.Grains.Models;
using VirtualActors.Runtime;

namespace SmartMarket.Silo.Trading;

/// <summary>Adds the trading grains, the built-in model and the market feed to a silo host.</summary>
public static class TradingSiloExtensions
{
    /// <summary>Registers the grain classes, the scoring model, and the feed as a hosted service that runs after the silo starts.</summary>
    public static IHostApplicationBuilder AddTradingGrains(this IHostApplicationBuilder builder)
    {
        GrainTypeRegistry.EnsureRegistered(typeof(SmartMarket.Grains.Accounts.AccountGrain).Assembly);
        builder.Services.AddOptions<FeedOptions>().Bind(builder.Configuration.GetSection(FeedOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<TradingOptions>().Bind(builder.Configuration.GetSection(TradingOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IScoringModel, LogisticConfirmationModel>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<FeedStatus>();
        builder.Services.AddHostedService<FeedHostedService>();
        return builder;
    }
}
