using System.Diagnostics;

namespace Mlat.Sdk.TestSupport;

/// <summary>Something outside the repository that a test needs.</summary>
public enum Requirement
{
    /// <summary>The third-party vectors folder (<see cref="TestPaths.Vectors"/>).</summary>
    Vectors = 1,

    /// <summary>Node.js with the interop peers installed (<c>npm ci --prefix tests/interop</c>).</summary>
    NodePeers,

    /// <summary>python3 with the jsonschema module (Debian: python3-jsonschema).</summary>
    PythonJsonSchema,

    /// <summary>Headless Chromium (Debian: chromium).</summary>
    Chromium,

    /// <summary>pdftotext (Debian: poppler-utils).</summary>
    PdfToText,

    /// <summary>A PostgreSQL server, named by <c>MLAT_POSTGRES</c> (a connection string).</summary>
    PostgreSql,

    /// <summary>A Redis server, named by <c>MLAT_REDIS</c> (host:port).</summary>
    Redis,

    /// <summary>AFL++ (Debian: afl++), for fuzzing runs.</summary>
    AflPlusPlus,

    /// <summary>The redis-server executable (Debian: redis-server), for a test that runs, kills and restarts its own server.</summary>
    RedisServer,

    /// <summary>PostgreSQL's initdb and pg_ctl (Debian: postgresql), for a test that runs, stops and restarts its own cluster.</summary>
    PostgreSqlServer,
}

/// <summary>
/// Decides whether a requirement is met. When it is not, the test is skipped with the reason — unless
/// <c>MLAT_REQUIRE_ALL=1</c> (set by <c>.ci/run</c>), where the test runs anyway and fails on what is missing, so CI
/// never passes by skipping.
/// </summary>
public static class Requirements
{
    /// <summary>The environment variable that turns every skip into a run (and so a failure when missing).</summary>
    public const string RequireAllVariable = "MLAT_REQUIRE_ALL";

    /// <summary>
    /// The Python interpreter that sees Debian's python3-* packages: /usr/bin/python3 when present (a pyenv or venv
    /// python3 earlier on the PATH has its own site-packages, without python3-rfc3987), else python3 from the PATH.
    /// </summary>
    public static string Python { get; } = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    private static readonly Dictionary<Requirement, Lazy<string?>> Missing = new()
    {
        [Requirement.Vectors] = new(() => Directory.Exists(TestPaths.Vectors)
            ? null
            : $"third-party vectors not found at {TestPaths.Vectors} (set {TestPaths.VectorsVariable} or place shared/vectors beside the repository)"),
        [Requirement.NodePeers] = new(() => Directory.Exists(Path.Combine(TestPaths.Interop, "node_modules")) && CanRun("node", "--version")
            ? null
            : "node or the interop peers are missing (run: npm ci --prefix tests/interop)"),
        [Requirement.PythonJsonSchema] = new(() => CanRun(Python, "-c \"import jsonschema\"")
            ? null
            : "python3 with the jsonschema module is missing (Debian: apt-get install python3-jsonschema)"),
        [Requirement.Chromium] = new(() => FindExecutable("chromium", "chromium-browser") is not null
            ? null
            : "chromium is not installed (Debian: apt-get install chromium)"),
        [Requirement.PdfToText] = new(() => FindExecutable("pdftotext") is not null
            ? null
            : "pdftotext is not installed (Debian: apt-get install poppler-utils)"),
        [Requirement.PostgreSql] = new(() => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MLAT_POSTGRES"))
            ? "no PostgreSQL server configured (MLAT_POSTGRES, a connection string; eng/test-services.sh starts one, as .ci/run does)"
            : null),
        [Requirement.Redis] = new(() => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("MLAT_REDIS"))
            ? "no Redis server configured (MLAT_REDIS, host:port; eng/test-services.sh starts one, as .ci/run does)"
            : null),
        [Requirement.RedisServer] = new(() => FindExecutable("redis-server") is not null
            ? null
            : "redis-server is not installed (Debian: apt-get install redis-server)"),
        [Requirement.PostgreSqlServer] = new(() => Directory.Exists("/usr/lib/postgresql") && Directory.EnumerateFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories).Any()
            ? null
            : "PostgreSQL's initdb is not installed (Debian: apt-get install postgresql)"),
        [Requirement.AflPlusPlus] = new(() => FindExecutable("afl-fuzz") is not null
            ? null
            : "afl-fuzz is not installed (Debian: apt-get install afl++)"),
    };

    /// <summary>True when <c>MLAT_REQUIRE_ALL=1</c>: nothing is skipped.</summary>
    public static bool RequireAll { get; } = Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>Why the test cannot run here, or null when every requirement is met (or CI requires all).</summary>
    public static string? SkipReason(params Requirement[] requirements)
    {
        if (RequireAll)
        {
            return null;
        }

        var reasons = requirements.Select(r => Missing[r].Value).Where(r => r is not null).ToArray();
        return reasons.Length == 0 ? null : "skipped: " + string.Join("; ", reasons);
    }

    /// <summary>The full path of the first of <paramref name="names"/> found on PATH, or null.</summary>
    public static string? FindExecutable(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in names)
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool CanRun(string file, string arguments)
    {
        if (FindExecutable(file) is null)
        {
            return false;
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs something outside the repository: skipped with the reason when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresFactAttribute : Xunit.FactAttribute
{
    public RequiresFactAttribute(params Requirement[] requirements)
    {
        Requirements = requirements;
        Skip = TestSupport.Requirements.SkipReason(requirements);
    }

    public IReadOnlyList<Requirement> Requirements { get; }
}

/// <summary>A theory that needs something outside the repository: skipped with the reason when it is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresTheoryAttribute : Xunit.TheoryAttribute
{
    public RequiresTheoryAttribute(params Requirement[] requirements)
    {
        Requirements = requirements;
        Skip = TestSupport.Requirements.SkipReason(requirements);
    }

    public IReadOnlyList<Requirement> Requirements { get; }
}
