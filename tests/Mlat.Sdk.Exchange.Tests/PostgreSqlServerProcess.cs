using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// A PostgreSQL cluster of the test's own (Debian's postgresql: initdb and pg_ctl) in a temporary directory, on a free
/// loopback port, so the test can stop the server — immediately, without a shutdown checkpoint, as a crash does — and
/// start it again, while the shared server of the other tests keeps running. initdb and postgres refuse to run as
/// root: as root, they run as Debian's postgres account.
/// </summary>
internal sealed class PostgreSqlServerProcess : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _directory;
    private readonly int _port;

    private PostgreSqlServerProcess(string bin, string directory, int port)
    {
        _bin = bin;
        _directory = directory;
        _port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=mlat;Database=postgres;Timeout=5;Command Timeout=10";

    /// <summary>The newest PostgreSQL's bin folder (/usr/lib/postgresql/N/bin), or null.</summary>
    public static string? FindBin() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(x => x.Version > 0 && File.Exists(Path.Combine(x.Dir, "bin", "initdb")))
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, "bin"))
            .FirstOrDefault()
        : null;

    public static async Task<PostgreSqlServerProcess> StartAsync()
    {
        var bin = FindBin() ?? throw new InvalidOperationException("PostgreSQL is not installed (Debian: postgresql)");
        var directory = Directory.CreateTempSubdirectory("mlat-pg-").FullName;
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The test runs Debian's PostgreSQL.");
        }

        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", directory);
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new PostgreSqlServerProcess(bin, directory, port);
        await server.AsOwnerAsync("initdb", "-D", Path.Combine(directory, "data"), "-U", "mlat", "--auth=trust", "-E", "UTF8", "--no-sync");
        await server.StartAgainAsync();
        return server;
    }

    public Task StartAgainAsync() => AsOwnerAsync(
        "pg_ctl", "-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60",
        "-o", $"-p {_port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>Stops the server at once: backends are killed, no checkpoint; the next start runs crash recovery.</summary>
    public Task StopImmediatelyAsync() => AsOwnerAsync("pg_ctl", "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_directory, "data", "postmaster.pid")))
        {
            await StopImmediatelyAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task AsOwnerAsync(string tool, params string[] arguments)
        => Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments.Take(3))} exited {process.ExitCode}: {await error}{await output}");
        }
    }
}
