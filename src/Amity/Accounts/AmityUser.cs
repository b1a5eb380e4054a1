using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Amity.Accounts;

/// <summary>A person who signs in. The role is an Identity role (<see cref="Roles"/>); the password lives only as Identity's hash.</summary>
public sealed class AmityUser : IdentityUser
{
    /// <summary>
    /// The secret in this user's calendar address (/calendar.ics?key=…): calendar applications cannot sign in, so the
    /// address itself is the credential. Replacing it revokes every old subscription.
    /// </summary>
    public string CalendarKey { get; set; } = NewCalendarKey();

    public DateTimeOffset CreatedAt { get; set; }

    public static string NewCalendarKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}

public sealed class AmityUserConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<AmityUser>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<AmityUser> user)
    {
        user.Property(u => u.CalendarKey).HasMaxLength(64);
        user.HasIndex(u => u.CalendarKey).IsUnique();
    }
}
