using SmartMarket.Trading.Synthetic;

namespace Trading.Tests.Synthetic;

public class Xoshiro256StarStarTests
{
    [Fact]
    public void NextUInt64_FromStateOneTwoThreeFour_MatchesThePublishedReferenceOutputs()
    {
        // First outputs of the authors' xoshiro256starstar.c from state {1, 2, 3, 4}.
        var generator = new Xoshiro256StarStar(1, 2, 3, 4);
        ulong[] expected =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
            16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576,
        ];

        Assert.Equal(expected, expected.Select(_ => generator.NextUInt64()).ToArray());
    }

    [Fact]
    public void Reseed_WithTheSameTriple_RepeatsAndWithAnotherDiffers()
    {
        var a = new Xoshiro256StarStar(0);
        var b = new Xoshiro256StarStar(0);
        a.Reseed(7, 3, 1000);
        b.Reseed(7, 3, 1000);
        var first = Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()).ToArray());

        foreach (var (seed, stream, counter) in new[] { (8UL, 3UL, 1000UL), (7UL, 4UL, 1000UL), (7UL, 3UL, 1001UL) })
        {
            b.Reseed(seed, stream, counter);
            Assert.NotEqual(first, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()).ToArray());
        }
    }

    [Fact]
    public void Draws_HaveTheMomentsOfTheirDistributions()
    {
        var generator = new Xoshiro256StarStar(12345);
        const int N = 200_000;
        double uniformSum = 0, normalSum = 0, normalSquares = 0, normalFourth = 0, exponentialSum = 0;
        for (var i = 0; i < N; i++)
        {
            var u = generator.NextDouble();
            Assert.InRange(u, 0.0, 0.9999999999999999);
            uniformSum += u;
            var z = generator.NextGaussian();
            normalSum += z;
            normalSquares += z * z;
            normalFourth += z * z * z * z;
            exponentialSum += generator.NextExponential();
        }

        Assert.Equal(0.5, uniformSum / N, 0.005);
        Assert.Equal(0.0, normalSum / N, 0.01);
        Assert.Equal(1.0, normalSquares / N, 0.015);
        Assert.Equal(3.0, normalFourth / N, 0.1);
        Assert.Equal(1.0, exponentialSum / N, 0.015);
    }

    [Fact]
    public void Constructor_WithAllZeroState_Throws() =>
        Assert.Throws<ArgumentException>(() => new Xoshiro256StarStar(0, 0, 0, 0));
}
