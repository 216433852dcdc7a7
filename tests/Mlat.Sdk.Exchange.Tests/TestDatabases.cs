using Npgsql;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// The PostgreSQL server and Redis server the store tests use (MLAT_POSTGRES, MLAT_REDIS; .ci/run starts both with
/// eng/test-services.sh). Each test takes its own schema, so tests running in parallel share the server, not the data.
/// </summary>
internal static class TestDatabases
{
    private static readonly Lazy<NpgsqlDataSource> LazyPostgres = new(() => NpgsqlDataSource.Create(PostgresConnectionString));

    public static string PostgresConnectionString => Environment.GetEnvironmentVariable("MLAT_POSTGRES")
        ?? throw new InvalidOperationException("MLAT_POSTGRES is not set: start the servers with eng/test-services.sh (.ci/run does).");

    public static string Redis => Environment.GetEnvironmentVariable("MLAT_REDIS")
        ?? throw new InvalidOperationException("MLAT_REDIS is not set: start the servers with eng/test-services.sh (.ci/run does).");

    /// <summary>One pool for the tests' stores (as a node keeps one data source).</summary>
    public static NpgsqlDataSource Postgres => LazyPostgres.Value;

    /// <summary>A schema name no other test uses.</summary>
    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N");
}
