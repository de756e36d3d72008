namespace GraphQL.Execution;

/// <summary>A field whose resolver did not complete synchronously, waiting to be completed into its slot.</summary>
internal readonly record struct PendingField(ResultMap Map, int Index, PlannedField Field, ResultPath? ParentPath, Task<object?> Task);
