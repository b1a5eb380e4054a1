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

    public static Errors RequireVersion(int? version)
    {
        var errors = new Errors();
        if (version is null) errors.Add("version", "is required to update: send the version you last read");
        return errors;
    }
}
