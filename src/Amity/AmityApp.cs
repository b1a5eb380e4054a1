using System.Text.Json;
using System.Text.Json.Serialization;
using Amity.Accounts;
using Amity.Agreements;
using Amity.Api;
using Amity.Audit;
using Amity.Calendar;
using Amity.Shared;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Health;
using Amity.Ingestion;
using Amity.Search;
using Amity.Security;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Scalar.AspNetCore;

namespace Amity;

/// <summary>Where the app keeps its data and how it is reached; the command line fills it from its options.</summary>
public sealed record AmityOptions
{
    public required string ConnectionString { get; init; }
    public string[] Urls { get; init; } = [];
    public bool Demo { get; init; }
    public string? ContentRoot { get; init; }
    public string? Environment { get; init; }
    /// <summary>The least severe log entry written; tests raise it to keep their output to what matters.</summary>
    public LogLevel? MinimumLogLevel { get; init; }
    /// <summary>The clock "today" is read from; tests fix it so that derived facts (overdue, anniversaries) hold still.</summary>
    public TimeProvider? Clock { get; init; }
    /// <summary>Where logs go instead of the console; tests read what the app logs through it.</summary>
    public ILoggerProvider? LogTo { get; init; }
    /// <summary>A PKCS #12 file whose certificate encrypts the data-protection keys in the database (see KeyProtection).</summary>
    public string? KeyCertificate { get; init; }
    public string? KeyCertificatePassword { get; init; }
}

/// <summary>The web app, read top to bottom: services, then the features' endpoints.</summary>
public static class AmityApp
{
    public static WebApplication Build(AmityOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AmityApp).Assembly.GetName().Name,
            ContentRootPath = options.ContentRoot ?? AppContext.BaseDirectory,
            EnvironmentName = options.Environment,
        });
        if (options.Urls.Length > 0) builder.WebHost.UseUrls(options.Urls);
        if (options.MinimumLogLevel is { } level)
        {
            builder.Configuration["Logging:LogLevel:Default"] = level.ToString();
            builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = level.ToString();
        }

        if (options.LogTo is { } logTo) builder.Logging.ClearProviders().AddProvider(logTo);

        builder.Services.AddAmityDb(options.ConnectionString);
        builder.Services.AddAmityAccounts(options.KeyCertificate is { } certificate ? KeyProtection.Load(certificate, options.KeyCertificatePassword) : null);
        // The audit trail records the current request's user as who made each change.
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(options.Clock ?? TimeProvider.System);
        // The activity report is kept between requests until the records change.
        builder.Services.AddSingleton<Reports.ReportCache>();
        builder.Services.ConfigureHttpJsonOptions(json => ConfigureJson(json.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(RequestProblems.Describe);
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Amity API";
            document.Info.Description = "The system of record for a government's international partnerships.";
            return Task.CompletedTask;
        }));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Pages live beside their feature's API and queries (Partners/Detail.cshtml), so the page root is the project root.
        builder.Services.AddRazorPages(o => { o.RootDirectory = "/"; PageRoutes.Add(o.Conventions); AccountPages.Authorize(o.Conventions); o.Conventions.ConfigureFilter(new NulFormFields.Filter()); }).AddViewLocalization().AddDataAnnotationsLocalization();
        builder.Services.AddLocalization();
        // Names in Hangul and Hanzi are written as themselves, not as numeric character references; HTML-encoding still applies.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var app = builder.Build();

        app.UseServerTiming();
        app.UseSecurityHeaders();
        app.UseRequestLimits();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRequestLocalization(Localization.Options());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseNulFormFields();

        app.MapHealthChecks("/health").AllowAnonymous();
        // Liveness: the process answers, whatever the database's state. It runs no check, so it is also the cheapest
        // request through the whole middleware pipeline (the benchmark's trivial endpoint).
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapOpenApi();
        // Scalar's default fonts come from its CDN, which the API reference's Content-Security-Policy does not allow.
        app.MapScalarApiReference(o => o.DisableDefaultFonts());

        app.MapOrganizations();
        app.MapRelationships();
        app.MapPeople();
        app.MapEngagements();
        app.MapAgreements();
        app.MapInvitations();
        app.MapEvents();
        app.MapArticles();
        app.MapIngestion();
        app.MapSearch();
        app.MapTokens();
        app.MapAudit().RequireAuthorization(Policies.Admin);

        app.MapCalendarFeed();
        app.MapCulture();
        app.MapRazorPages();
        return app;
    }

    /// <summary>One JSON shape for the API and the export file: camelCase, enums as kebab-case words, strict about unknown fields and nulls.</summary>
    public static JsonSerializerOptions ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        json.RespectNullableAnnotations = true;
        json.RespectRequiredConstructorParameters = true;
        json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        // A number is a number: "12" for an id is refused by name, not read as 12 (the web defaults would read it).
        json.NumberHandling = JsonNumberHandling.Strict;
        json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return json;
    }
}
