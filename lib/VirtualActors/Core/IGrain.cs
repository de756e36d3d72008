namespace VirtualActors;

/// <summary>Marker for grain interfaces. A grain interface's methods return <see cref="Task"/>, <see cref="Task{T}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{T}"/>.</summary>
public interface IGrain;
