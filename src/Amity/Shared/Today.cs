namespace Amity.Shared;

public static class Today
{
    /// <summary>Today's date where the app runs: the day the bureau's staff are living in.</summary>
    public static DateOnly Date(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
