using System.Net;
using System.Net.Sockets;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// A TCP forwarder on 127.0.0.1 in front of a real server, to take the server away from a node without stopping it
/// for the other tests that share it: while <see cref="Down"/>, live connections are cut and new ones are closed as
/// soon as they are accepted (to the client, the server is gone).
/// </summary>
internal sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _host;
    private readonly int _port;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _live = [];
    private readonly Task _accepting;
    private volatile bool _down;

    public LoopbackProxy(string host, int port)
    {
        _host = host;
        _port = port;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public bool Down
    {
        get => _down;
        set
        {
            _down = value;
            if (value)
            {
                lock (_live)
                {
                    foreach (var client in _live)
                    {
                        client.Dispose();
                    }

                    _live.Clear();
                }
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (_down)
            {
                inbound.Dispose();
                continue;
            }

            _ = PumpAsync(inbound);
        }
    }

    private async Task PumpAsync(TcpClient inbound)
    {
        var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(_host, _port, _stop.Token);
            lock (_live)
            {
                _live.Add(inbound);
                _live.Add(outbound);
            }

            var a = inbound.GetStream().CopyToAsync(outbound.GetStream(), _stop.Token);
            var b = outbound.GetStream().CopyToAsync(inbound.GetStream(), _stop.Token);
            await Task.WhenAny(a, b);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // a cut connection
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Down = true;
        await _accepting;
        _stop.Dispose();
    }
}
