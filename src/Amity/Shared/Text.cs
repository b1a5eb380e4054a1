namespace Amity.Shared;

/// <summary>
/// The interface text. Pages write the English text as the key (<c>T["Partners"]</c>); <c>Text.ko.resx</c> holds its
/// Korean, and a key with no translation shows as written, so English needs no resource file of its own.
/// </summary>
public sealed class Text;
