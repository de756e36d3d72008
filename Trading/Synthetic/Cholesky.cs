namespace SmartMarket.Trading.Synthetic;

/// <summary>Cholesky factor of a correlation matrix, used to turn independent normals into correlated ones.</summary>
internal static class Cholesky
{
    /// <summary>
    /// Lower-triangular L with L·Lᵀ = <paramref name="matrix"/>, row by row; null when the matrix is not
    /// positive definite (some combination of symbols would need negative variance).
    /// </summary>
    public static double[][]? TryFactor(double[][] matrix)
    {
        var n = matrix.Length;
        var lower = new double[n][];
        for (var i = 0; i < n; i++)
        {
            lower[i] = new double[i + 1];
            for (var j = 0; j <= i; j++)
            {
                var sum = matrix[i][j];
                for (var k = 0; k < j; k++)
                    sum -= lower[i][k] * lower[j][k];
                if (i == j)
                {
                    if (!(sum > 1e-12))
                        return null;
                    lower[i][i] = Math.Sqrt(sum);
                }
                else
                {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        return lower;
    }
}
