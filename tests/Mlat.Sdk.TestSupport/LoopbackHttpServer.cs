using System.Net;
using System.Net.Sockets;

namespace Mlat.Sdk.TestSupport;

/// <summary>
/// A TEST-ONLY HTTP server on 127.0.0.1 and a free port, answering each POST or GET with a handler of its path: the
/// test time-stamping authority (RFC 3161 over HTTP) and the test PKI's CRL distribution points are served with it.
/// Requests to an unknown path get 404. Dispose to stop it.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<byte[], (string ContentType, byte[] Body)?>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private int _requests;

    /// <summary>Starts the server.</summary>
    public LoopbackHttpServer()
    {
        // HttpListener has no "port 0": take a free port from the OS, release it and listen on it (retried on a race).
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUri = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(BaseUri.ToString());
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The server's base address, ending in a slash.</summary>
    public Uri BaseUri { get; private set; }

    /// <summary>How many requests were received so far (counted before each is answered).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Serves <paramref name="path"/> (without the leading slash) with a handler of the request body; a null
    /// answer is a 400.</summary>
    public Uri Map(string path, Func<byte[], (string ContentType, byte[] Body)?> handler)
    {
        lock (_routes)
        {
            _routes[path] = handler;
        }

        return new Uri(BaseUri, path);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
                Func<byte[], (string ContentType, byte[] Body)?>? handler;
                lock (_routes)
                {
                    _routes.TryGetValue(context.Request.Url!.AbsolutePath.TrimStart('/'), out handler);
                }

                // Counted before the answer is written: the client may read the answer (and the test the count) before
                // this loop gets to run again.
                Interlocked.Increment(ref _requests);
                var answer = handler?.Invoke(body.ToArray());
                context.Response.StatusCode = handler is null ? 404 : answer is null ? 400 : 200;
                if (answer is { } reply)
                {
                    context.Response.ContentType = reply.ContentType;
                    context.Response.ContentLength64 = reply.Body.Length;
                    await context.Response.OutputStream.WriteAsync(reply.Body).ConfigureAwait(false);
                }

            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Close only: the managed HttpListener's Stop followed by Close unregisters the prefix twice, and the second time
        // binds the port anew to unregister it — which throws "address already in use" when another process has taken
        // the port meanwhile.
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }
    }
}
