using System.ComponentModel.DataAnnotations;

namespace SmartMarket.Silo;

/// <summary>Where the silo keeps its state (configuration section "Silo").</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>Folder for grain state and reminders in embedded mode; relative paths are under the working folder.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";
}
