namespace Amity.Data;

/// <summary>A record with its own identity and an optimistic-concurrency version, bumped on every save.</summary>
public abstract class Entity
{
    public int Id { get; set; }
    public int Version { get; set; }
}
