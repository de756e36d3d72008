namespace SmartMarket.Trading.Smc;

/// <summary>Short readable names of <see cref="ConfluenceFactors"/> combinations, built once: flag enums format slowly.</summary>
internal static class ConfluenceNames
{
    private static readonly string[] Names = Build();

    /// <summary>E.g. "trend+order block+discount/premium", or "none".</summary>
    public static string Of(ConfluenceFactors factors) => Names[(int)factors & (Names.Length - 1)];

    private static string[] Build()
    {
        string[] parts = ["trend", "order block", "fair value gap", "daily level", "discount/premium"];
        var names = new string[1 << parts.Length];
        for (var mask = 0; mask < names.Length; mask++)
        {
            var present = new List<string>();
            for (var bit = 0; bit < parts.Length; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                    present.Add(parts[bit]);
            }
            names[mask] = present.Count == 0 ? "none" : string.Join("+", present);
        }
        return names;
    }
}
