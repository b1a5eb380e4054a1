using System.Diagnostics;
using System.Globalization;

namespace Amity.Api;

/// <summary>Every response says how long the server took (Server-Timing: app;dur=ms), so benchmarks and browsers see server time apart from the network.</summary>
public static class ServerTiming
{
    public static IApplicationBuilder UseServerTiming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = "app;dur=" + Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        await next();
    });
}
