using System.Globalization;
using System.Text.Json;

namespace Benchmarks.Quick;

/// <summary>The figures of one quick run, printed as a table and written as JSON.</summary>
public sealed class QuickReport(string suite)
{
    private readonly List<(string Name, double Value, string Unit, string Note)> _rows = [];

    public string Suite { get; } = suite;

    public QuickReport Add(string name, double value, string unit, string note = "")
    {
        _rows.Add((name, value, unit, note));
        return this;
    }

    public double this[string name] => _rows.First(r => r.Name == name).Value;

    public void Print(TextWriter output)
    {
        output.WriteLine($"| {Suite} metric | value | unit | note |");
        output.WriteLine("|---|---:|---|---|");
        foreach (var (name, value, unit, note) in _rows)
            output.WriteLine($"| {name} | {value.ToString(value >= 100 ? "N0" : "G4", CultureInfo.InvariantCulture)} | {unit} | {note} |");
    }

    public async Task WriteAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var values = new Dictionary<string, object>
        {
            ["suite"] = Suite,
            ["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            ["measured_at"] = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value, _, _) in _rows)
            values[name] = Math.Round(value, 3);
        await using var file = File.Create(Path.Combine(folder, Suite + ".json"));
        await JsonSerializer.SerializeAsync(file, values, new JsonSerializerOptions { WriteIndented = true });
    }
}
