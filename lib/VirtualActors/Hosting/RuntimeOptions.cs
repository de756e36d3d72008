using System.Text.Json;
using VirtualActors.Reminders;
using VirtualActors.Storage;

namespace VirtualActors;

/// <summary>Settings of one silo's runtime (configuration section "VirtualActors").</summary>
public sealed class RuntimeOptions
{
    public const string SectionName = "VirtualActors";

    /// <summary>How long a caller waits for a response before a <see cref="GrainCallTimeoutException"/>.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is collected.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often overdue calls are looked for.</summary>
    public TimeSpan TimeoutCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long shutdown waits for running turns to finish before it abandons their activations.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Run a call to an idle, non-reentrant activation on the caller's thread (no queueing, no thread hop).</summary>
    public bool InlineIdleCalls { get; set; } = true;

    /// <summary>Storage providers by name; <see cref="DefaultStorageName"/> is used when a state names none.</summary>
    public Dictionary<string, IGrainStorage> Storage { get; } = new(StringComparer.Ordinal);

    public const string DefaultStorageName = "Default";

    /// <summary>The durable reminder table; in memory when not set.</summary>
    public IReminderTable? ReminderTable { get; set; }

    /// <summary>Serializer settings for persistent state.</summary>
    public JsonSerializerOptions StateSerializerOptions { get; set; } = new(JsonSerializerDefaults.General);

    /// <summary>Throws with the name of the first setting that is out of range.</summary>
    public void Validate()
    {
        Positive(ResponseTimeout, nameof(ResponseTimeout));
        Positive(CollectionAge, nameof(CollectionAge));
        Positive(CollectionQuantum, nameof(CollectionQuantum));
        Positive(TimeoutCheckInterval, nameof(TimeoutCheckInterval));
        Positive(ShutdownTimeout, nameof(ShutdownTimeout));
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(name, value, $"{SectionName}:{name} must be positive");
    }
}
