namespace Amity.Extraction;

/// <summary>
/// The single exception the extraction library throws for input it cannot use
/// (too large, not an amity-extraction/1 document, unreadable file). Its message is meant for a person.
/// </summary>
public sealed class ExtractionInputException : ArgumentException
{
    /// <summary>Creates the exception with a human-readable message.</summary>
    public ExtractionInputException(string message) : base(message) { }

    /// <summary>Creates the exception with a human-readable message and the underlying cause.</summary>
    public ExtractionInputException(string message, Exception inner) : base(message, inner) { }
}
