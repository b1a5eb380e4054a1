namespace Amity.Accounts;

/// <summary>
/// The three roles, each including the one before it: a viewer reads everything, an editor also changes records and
/// reviews ingestion, an admin also manages users and tokens. A user or token holds exactly one.
/// </summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly string[] All = [Viewer, Editor, Admin];

    public static bool IsRole(string? role) => role is Viewer or Editor or Admin;

    /// <summary>The roles that may read (every role) and the roles that may change records.</summary>
    public static readonly string[] Readers = [Viewer, Editor, Admin];
    public static readonly string[] Editors = [Editor, Admin];

    /// <summary>The role a user or token holds, or null for an anonymous caller.</summary>
    public static string? Of(System.Security.Claims.ClaimsPrincipal user) => new[] { Admin, Editor, Viewer }.FirstOrDefault(user.IsInRole);

    public static bool CanRead(this System.Security.Claims.ClaimsPrincipal user) => Readers.Any(user.IsInRole);
    public static bool CanEdit(this System.Security.Claims.ClaimsPrincipal user) => Editors.Any(user.IsInRole);
}

/// <summary>The authorization policies endpoints name; see <see cref="AccountsSetup"/> for which endpoint gets which.</summary>
public static class Policies
{
    /// <summary>Any role: reading records, the API's GETs, extraction (which writes nothing).</summary>
    public const string Read = "read";
    /// <summary>Editors and admins: every change to a record, and ingestion review.</summary>
    public const string Edit = "edit";
    /// <summary>Admins only: users, tokens, the audit trail.</summary>
    public const string Admin = "admin";
    /// <summary>Anyone may read (published news); changing still needs an editor.</summary>
    public const string PublicRead = "public-read";
    /// <summary>Anyone signed in, whatever the role: signing out, one's own calendar address.</summary>
    public const string SignedIn = "signed-in";
}
