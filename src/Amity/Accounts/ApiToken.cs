using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Accounts;

/// <summary>
/// A bearer token for API clients. Only the SHA-256 of the token is stored: the token is 256 random bits, so a fast
/// hash is enough (nothing to brute-force), and a stolen database yields no usable token.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    /// <summary>Lower-case hex SHA-256 of the whole token.</summary>
    public required string Hash { get; set; }
    /// <summary>The token's first characters, shown in lists so that a holder can tell which token is which.</summary>
    public required string Prefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.ToTable("ApiTokens");
        token.Property(t => t.Name).HasMaxLength(100);
        token.Property(t => t.Role).HasMaxLength(20);
        token.Property(t => t.Hash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.Property(t => t.CreatedBy).HasMaxLength(256);
        token.HasIndex(t => t.Name).IsUnique();
        token.HasIndex(t => t.Hash).IsUnique();
    }
}
