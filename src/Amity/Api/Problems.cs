using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Api;

/// <summary>The expected failures every record API shares, as RFC 9457 problem documents.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(Errors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "The request has invalid fields.");

    public static ProblemHttpResult NotFound(string noun, int id) =>
        TypedResults.Problem($"There is no {noun} {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Stale(string noun, int id, int sent, int current) =>
        TypedResults.Problem(
            $"{noun} {id} was changed by someone else since you read it (you sent version {sent}, it is now version {current}). Read it again and reapply your change.",
            statusCode: StatusCodes.Status409Conflict, title: "Edit conflict");

    public static ProblemHttpResult InUse(string noun, int id, IReadOnlyList<References.Reference> references) =>
        TypedResults.Problem(References.Describe(noun, id, references), statusCode: StatusCodes.Status409Conflict, title: "Still referred to",
            extensions: new Dictionary<string, object?> { ["references"] = references });

    /// <summary>The field rules of a record sent to create: its attributes, and no id (the server assigns one).</summary>
    public static Errors ForCreate(object record, int? sentId)
    {
        var errors = RecordValidator.Validate(record);
        if (sentId is not null) errors.Add("id", "leave it out on create: the server assigns it");
        return errors;
    }

    /// <summary>The field rules of a record sent to update: its attributes, the version last read, and an id (if sent) matching the address.</summary>
    public static Errors ForUpdate(object record, int? sentId, int? version, int id)
    {
        var errors = RecordValidator.Validate(record);
        if (version is null) errors.Add("version", "is required to update: send the version you last read");
        if (sentId is not null && sentId != id) errors.Add("id", $"is {sentId} but the address names {id}");
        return errors;
    }
}
