using SmartMarket.Grains.Accounts;
using SmartMarket.Grains.Models;
using SmartMarket.Grains.Serialization;
using VirtualActors.Runtime;
using VirtualActors.Testing;

namespace Grains.Tests.Models;

public sealed class ModelGrainTests
{
    [Fact]
    public async Task ScoreAsync_WithTheBuiltInModel_MatchesTheLogisticFormulaByHand()
    {
        await using var cluster = await StartAsync(null);
        var features = new ModelFeatures(Direction: 1, Confidence: 0.8, RewardToRisk: 2.0, StopDistance: 0.01, Momentum: 0.002);

        var score = await cluster.Client.GetGrain<IModelGrain>("builtin").ScoreAsync(features);

        // bias -1 + confidence 2 * 0.8 + reward to risk 0.3 * 2 + momentum 20 * 1 * 0.002 - stop 10 * 0.01
        var z = -1.0 + 1.6 + 0.6 + 0.04 - 0.1;
        Assert.Equal(1.0 / (1.0 + Math.Exp(-z)), score, 12);
    }

    [Fact]
    public async Task ScoreAsync_WithAnInlineModel_ScoresOnTheCallersTurnWithoutTheWorkerPool()
    {
        var model = new CountingModel(scoresInline: true, score: 0.7);
        await using var cluster = await StartAsync(model);

        var score = await cluster.Client.GetGrain<IModelGrain>("inline").ScoreAsync(new ModelFeatures(1, 0.5, 1, 0.01, 0));

        Assert.Equal(0.7, score);
        Assert.Equal(1, model.Calls);
        Assert.False(model.LastCallFromWorker);
    }

    [Fact]
    public async Task ScoreAsync_WithAHeavyModel_ScoresInTheWorkerPool()
    {
        var model = new CountingModel(scoresInline: false, score: 0.3);
        await using var cluster = await StartAsync(model);

        var score = await cluster.Client.GetGrain<IModelGrain>("heavy").ScoreAsync(new ModelFeatures(-1, 0.5, 1, 0.01, 0));

        Assert.Equal(0.3, score);
        Assert.Equal(1, model.Calls);
        Assert.True(model.LastCallFromWorker);
    }

    private static Task<TestCluster> StartAsync(IScoringModel? model)
    {
        GrainTypeRegistry.EnsureRegistered(typeof(AccountGrain).Assembly);
        return TestCluster.StartAsync(
            options => GrainJson.Configure(options.StateSerializerOptions),
            services: model is null ? null : new SingleServiceProvider(typeof(IScoringModel), model));
    }
}
