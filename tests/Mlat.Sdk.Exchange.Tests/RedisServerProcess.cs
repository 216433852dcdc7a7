using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// A redis-server of the test's own (Debian's redis-server executable) on a free loopback port, without persistence: the
/// test can stop it — a real outage — and start it again on the same port, empty, as a restarted cache is.
/// </summary>
internal sealed class RedisServerProcess : IDisposable
{
    private Process? _process;

    private RedisServerProcess(int port) => Port = port;

    public int Port { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new RedisServerProcess(port);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        var executable = Requirements.FindExecutable("redis-server") ?? throw new InvalidOperationException("redis-server is not installed (Debian: redis-server)");
        _process = Process.Start(new ProcessStartInfo(executable)
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("redis-server did not listen within 5 s");
    }

    /// <summary>Kills the server (SIGKILL): an outage, not a shutdown.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill();
            p.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();
}
