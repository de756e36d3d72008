namespace GraphQL;

/// <summary>
/// "Did you mean" suggestions as graphql-js computes them: options within an edit distance of
/// 40 % of the input's length (case changes count as one edit, transpositions as one), closest first.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            var distance = Distance(input, inputLower, option, threshold);
            if (distance >= 0)
                found.Add((option, distance));
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach (var (option, _) in found)
            result.Add(option);
        return result;
    }

    /// <summary>Formats suggestions as <c> Did you mean "a", "b", or "c"?</c>; empty when there are none.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
            return string.Empty;
        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        var quoted = new List<string>(Math.Min(suggestions.Count, MaxSuggestions));
        for (var i = 0; i < suggestions.Count && i < MaxSuggestions; i++)
            quoted.Add("\"" + suggestions[i] + "\"");
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>Compares strings treating runs of digits as numbers, so "a2" sorts before "a10".</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ca = a[i];
            var cb = b[j];
            if (char.IsAsciiDigit(ca) && char.IsAsciiDigit(cb))
            {
                long na = 0, nb = 0;
                do
                {
                    na = (na * 10) + (a[i] - '0');
                    i++;
                }
                while (i < a.Length && char.IsAsciiDigit(a[i]) && na > 0);
                do
                {
                    nb = (nb * 10) + (b[j] - '0');
                    j++;
                }
                while (j < b.Length && char.IsAsciiDigit(b[j]) && nb > 0);
                if (na != nb)
                    return na < nb ? -1 : 1;
            }
            else
            {
                if (ca != cb)
                    return ca < cb ? -1 : 1;
                i++;
                j++;
            }
        }

        return a.Length - b.Length;
    }

    // Optimal string alignment distance with early exit; -1 when beyond the threshold.
    private static int Distance(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
            return 0;
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
            return 1;
        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
            (a, b) = (b, a);
        if (a.Length - b.Length > threshold)
            return -1;

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                if (cell < smallest)
                    smallest = cell;
                current[j] = cell;
            }

            if (smallest > threshold)
                return -1;
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : -1;
    }
}
