using System.Reflection;
using Mlat.Sdk.Conformance;
using Mlat.Sdk.Http;
using Mlat.Sdk.PostgreSql;
using Mlat.Sdk.Sqlite;
using Mlat.Sdk.Testing;
using Mlat.Sdk.AspNetCore;
using Xunit;

namespace Mlat.Sdk.Exchange.Tests.Api;

/// <summary>
/// The one API shape of the shipped packages (docs/changelog.md, 0.1.0), checked over every public type of every
/// library, so a new type that breaks it fails here before it ships.
/// </summary>
public sealed class ApiShapeTests
{
    private static readonly Assembly[] Libraries =
    [
        typeof(IMlatResult).Assembly,
        typeof(MlatHttpClient).Assembly,
        typeof(MlatEndpoints).Assembly,
        typeof(SqliteExchangeStore).Assembly,
        typeof(PostgreSqlExchangeStore).Assembly,
        typeof(TestPki).Assembly,
    ];

    private static IEnumerable<Type> PublicTypes => Libraries.SelectMany(a => a.GetExportedTypes());

    private static IEnumerable<(Type Type, MemberInfo Member, ParameterInfo Parameter)> PublicParameters =>
        from type in PublicTypes
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Cast<MethodBase>()
            .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance))
        where !method.IsSpecialName || method is ConstructorInfo
        from parameter in method.GetParameters()
        select (type, (MemberInfo)method, parameter);

    [Fact]
    public void Every_result_is_a_sealed_class_with_IsSuccess_Findings_and_an_OrThrow_method()
    {
        // A conformance case line and the conformance report are reports about an implementation under test, not
        // outcomes of an operation on a message: they say IsSuccess / Passed, but carry text, not findings.
        var reports = new HashSet<Type> { typeof(ConformanceCaseResult), typeof(ConformanceReport) };
        var results = PublicTypes
            .Where(t => !reports.Contains(t) && (t.Name.EndsWith("Result", StringComparison.Ordinal) || t.Name.EndsWith("Report", StringComparison.Ordinal) || typeof(IMlatResult).IsAssignableFrom(t)))
            .Where(t => t != typeof(IMlatResult) && t.Namespace != "Mlat.Sdk.Messages") // message bodies (an ExecutionReport) are data, not results
            .ToList();
        Assert.True(results.Count >= 14, $"only {results.Count} result types found");
        var broken = new List<string>();
        foreach (var type in results)
        {
            if (!type.IsClass || !type.IsSealed)
            {
                broken.Add(type.Name + ": not a sealed class");
            }

            if (!typeof(IMlatResult).IsAssignableFrom(type))
            {
                broken.Add(type.Name + ": does not implement IMlatResult");
            }

            // A record's compiler-made equality compares lists and byte buffers by reference: meaningless for a result.
            if (type.GetMethod("<Clone>$") is not null)
            {
                broken.Add(type.Name + ": is a record");
            }

            if (!type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name.EndsWith("OrThrow", StringComparison.Ordinal) && m.GetParameters().Length == 0))
            {
                broken.Add(type.Name + ": has no …OrThrow() method");
            }
        }

        Assert.Empty(broken);
        Assert.NotNull(typeof(ConformanceReport).GetProperty("IsSuccess"));
    }

    [Fact]
    public void No_public_type_says_success_in_another_word()
    {
        string[] others = ["IsValid", "IsVerified", "IsAccepted", "IsDelivered", "AllPassed", "Succeeded"];
        var found = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => others.Contains(x.p.Name) && x.p.PropertyType == typeof(bool))
            // The conformance kit's input: what the product under test answered, not a result of this SDK.
            .Where(x => x.t != typeof(ConformanceAnswer))
            .Select(x => x.t.Name + "." + x.p.Name)
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void Byte_input_is_ReadOnlyMemory_or_a_Stream_everywhere()
    {
        Type[] banned = [typeof(byte[]), typeof(ReadOnlySpan<byte>), typeof(Span<byte>), typeof(Memory<byte>), typeof(ArraySegment<byte>)];
        var found = PublicParameters
            .Where(x => banned.Contains(x.Parameter.ParameterType) && !x.Parameter.IsOut)
            .Select(x => $"{x.Type.Name}.{x.Member.Name}({x.Parameter.Name})")
            .Distinct()
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void Versions_and_message_types_are_typed_wherever_they_are_exposed()
    {
        static bool Named(string? name, string what) => name is not null && name.EndsWith(what, StringComparison.OrdinalIgnoreCase);
        var properties = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(p => (Owner: t.Name, p.Name, Type: p.PropertyType)));
        var parameters = PublicParameters.Select(x => (Owner: x.Type.Name + "." + x.Member.Name, Name: x.Parameter.Name ?? string.Empty, Type: x.Parameter.ParameterType));
        var found = properties.Concat(parameters)
            .Where(x => x.Type == typeof(string) && (Named(x.Name, "Version") || Named(x.Name, "MessageType")))
            .Select(x => x.Owner + ":" + x.Name)
            .Distinct()
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void Every_clock_is_an_optional_timeProvider_before_limits_and_logger()
    {
        var broken = new List<string>();
        foreach (var method in PublicParameters.Select(x => x.Member).Distinct().Cast<MethodBase>())
        {
            var parameters = method.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                var p = parameters[i];
                var where = $"{method.DeclaringType!.Name}.{method.Name}({p.Name})";
                if (p.ParameterType == typeof(TimeProvider))
                {
                    if (p.Name != "timeProvider" || !p.HasDefaultValue || p.DefaultValue is not null)
                    {
                        broken.Add(where + ": a clock is `TimeProvider? timeProvider = null`");
                    }

                    // After it come only other optional settings: limits, a logger, a cancellation token.
                    if (parameters.Skip(i + 1).Any(q => !q.HasDefaultValue))
                    {
                        broken.Add(where + ": a required parameter follows the clock");
                    }
                }

                if (typeof(Microsoft.Extensions.Logging.ILogger).IsAssignableFrom(p.ParameterType)
                    && parameters.Skip(i + 1).Any(q => q.ParameterType != typeof(CancellationToken)))
                {
                    broken.Add(where + ": the logger is not the last parameter");
                }
            }
        }

        Assert.Empty(broken);
    }
}
