using System.Numerics;

namespace SmartMarket.Trading.Synthetic;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna), seeded through SplitMix64, with uniform, normal (Box-Muller)
/// and exponential draws. Written here so that a seed gives the same numbers on every .NET version, which
/// <see cref="Random"/> does not promise. Not thread-safe.
/// </summary>
public sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpare;

    public Xoshiro256StarStar(ulong seed) => Reseed(seed, 0, 0);

    /// <summary>Starts from a raw state (not all zero), as the reference test vectors do.</summary>
    internal Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
            throw new ArgumentException("the state must not be all zero.", nameof(s0));
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>
    /// Restarts the generator on the stream named by (<paramref name="seed"/>, <paramref name="stream"/>,
    /// <paramref name="counter"/>): distinct triples give unrelated sequences, so a value can be drawn for
    /// "symbol 2, minute 81,000" without generating what comes before it.
    /// </summary>
    public void Reseed(ulong seed, ulong stream, ulong counter)
    {
        var x = SplitMix(seed);
        x = SplitMix(x ^ SplitMix(stream + 0x632BE59BD9B4E019UL));
        x = SplitMix(x ^ SplitMix(counter + 0x8CB92BA72F3D8DD7UL));
        _s0 = SplitMixNext(ref x);
        _s1 = SplitMixNext(ref x);
        _s2 = SplitMixNext(ref x);
        _s3 = SplitMixNext(ref x);
        _hasSpare = false;
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on (0, 1]: safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by the Box-Muller transform; the second value of each pair is kept for the next call.</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareNormal;
        }
        var radius = Math.Sqrt(-2.0 * Math.Log(NextOpenDouble()));
        var (sin, cos) = Math.SinCos(2.0 * Math.PI * NextDouble());
        _spareNormal = radius * sin;
        _hasSpare = true;
        return radius * cos;
    }

    /// <summary>Exponential with mean 1.</summary>
    public double NextExponential() => -Math.Log(NextOpenDouble());

    private static ulong SplitMixNext(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return SplitMix(state);
    }

    private static ulong SplitMix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
