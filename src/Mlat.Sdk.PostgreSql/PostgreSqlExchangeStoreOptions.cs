using System.Text.RegularExpressions;

namespace Mlat.Sdk.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlExchangeStore"/>.</summary>
public sealed partial record PostgreSqlExchangeStoreOptions
{
    /// <summary>The default options: schema <c>mlat</c>, a two-minute outbox lease.</summary>
    public static PostgreSqlExchangeStoreOptions Default { get; } = new();

    /// <summary>
    /// The schema holding the store's tables (<c>inbox</c>, <c>outbox</c>, <c>case_log</c>), created when absent;
    /// <c>mlat</c> by default. Every node instance that shares the store names the same schema. A lower-case SQL
    /// identifier: a letter or underscore, then letters, digits or underscores, at most 63 in all.
    /// </summary>
    public string Schema { get; init; } = "mlat";

    /// <summary>
    /// How long <see cref="PostgreSqlExchangeStore.PendingAsync"/> claims the entries it returns: no other caller gets
    /// them until the lease ends, so two instances do not post the same entry at once. An entry still without a receipt
    /// when its lease ends (its instance crashed, or the delivery failed) is pending again. Longer than one delivery
    /// run; two minutes by default. <see cref="TimeSpan.Zero"/> claims nothing (every caller sees every pending entry).
    /// </summary>
    public TimeSpan OutboxLease { get; init; } = TimeSpan.FromMinutes(2);

    internal void Check()
    {
        if (Schema is null || !Identifier().IsMatch(Schema))
        {
            throw new ArgumentException("The schema must be a lower-case SQL identifier ([a-z_][a-z0-9_]{0,62}).", nameof(Schema));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(OutboxLease, TimeSpan.Zero, nameof(OutboxLease));
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Identifier();
}
