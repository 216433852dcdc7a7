using System.Reflection;
using Mlat.Sdk.AspNetCore;
using Mlat.Sdk.Exchange;
using Mlat.Sdk.Http;
using Mlat.Sdk.PostgreSql;
using Mlat.Sdk.Sqlite;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>The core SDK keeps no web or database dependency; each binding package brings only its own.</summary>
public sealed class PackageBoundaryTests
{
    private static List<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    [Fact]
    public void The_core_sdk_references_no_web_server_http_client_factory_or_database_assembly()
    {
        var core = References(typeof(MessageReceiver).Assembly);

        Assert.DoesNotContain(core, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(core, n => n.StartsWith("Microsoft.Extensions.Http", StringComparison.Ordinal));
        Assert.DoesNotContain(core, n => n.StartsWith("Microsoft.Data", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_binding_package_references_its_own_stack_only()
    {
        var server = References(typeof(MlatEndpoints).Assembly);
        var client = References(typeof(MlatHttpClient).Assembly);
        var sqlite = References(typeof(SqliteExchangeStore).Assembly);
        var postgres = References(typeof(PostgreSqlExchangeStore).Assembly);

        Assert.Contains(server, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(server, n => n.StartsWith("Microsoft.Data", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Extensions.Http.Resilience", client);
        Assert.DoesNotContain(client, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Data.Sqlite", sqlite);
        Assert.DoesNotContain(sqlite, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Npgsql", postgres);
        Assert.DoesNotContain(postgres, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.Data", StringComparison.Ordinal));
    }
}
