namespace VirtualActors.Runtime;

/// <summary>Turns the task shapes grain methods return into <see cref="ValueTask{TResult}"/> without allocating on the synchronous path.</summary>
public static class TaskAdapters
{
    public static ValueTask<VoidResult> ToVoid(Task task) =>
        task.IsCompletedSuccessfully ? default : AwaitTask(task);

    public static ValueTask<VoidResult> ToVoid(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : AwaitValueTask(task);

    public static ValueTask<T> ToValueTask<T>(Task<T> task) => new(task);

    private static async ValueTask<VoidResult> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return default;
    }

    private static async ValueTask<VoidResult> AwaitValueTask(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return default;
    }
}
