using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Cli;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using Mlat.Sdk.Tests.Exchange;

namespace Mlat.Sdk.Exchange.Tests;

/// <summary>
/// A node as an operator runs it: a folder with its configuration file, TEST-ONLY keys, trust list and capabilities, and
/// <c>dotnet mlat.dll serve --config node.json</c> as its own process on a loopback port chosen up front (so the same
/// node can be killed with SIGKILL and started again at the same address).
/// </summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private Process? _process;

    private NodeProcess(string directory, int port)
    {
        Directory = directory;
        Port = port;
    }

    public string Directory { get; }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public string ConfigPath => Path.Combine(Directory, "node.json");

    public string StorePath => Path.Combine(Directory, "node.db");

    /// <summary>Writes a node's folder; <paramref name="peers"/> maps each peer's authority id to its bundle and port.</summary>
    public static NodeProcess Create(TestPkiBundle pki, Party authority, IReadOnlyDictionary<string, (TestPkiBundle Pki, int Port)> peers, int? port = null, Action<JsonObject>? edit = null)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("mlat-serve-").FullName;
        var node = new NodeProcess(directory, port ?? FreePort());
        File.WriteAllText(Path.Combine(directory, "key.pem"), pki.SignerKeyPkcs8Pem);
        File.WriteAllText(Path.Combine(directory, "chain.pem"), pki.SignerChainPem);
        File.WriteAllBytes(Path.Combine(directory, "trust.json"), ExchangeTestKit.Trust.ToJson());
        var types = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "schemas/1.0/index.json")))!["messageTypes"]!.AsObject().Select(p => (JsonNode)p.Key).ToArray();
        var capabilities = new JsonObject
        {
            ["capabilitiesVersion"] = "1.0",
            ["party"] = new JsonObject { ["country"] = authority.Country.ToString(), ["authorityId"] = authority.AuthorityId, ["name"] = authority.Name, ["endpoint"] = node.Url.AbsoluteUri },
            ["versions"] = new JsonArray(new JsonObject
            {
                ["version"] = "1.0",
                ["status"] = "ACTIVE",
                ["send"] = new JsonArray([.. types.Select(t => t.DeepClone())]),
                ["receive"] = new JsonArray([.. types.Select(t => t.DeepClone())]),
            }),
        };
        File.WriteAllText(Path.Combine(directory, "capabilities.json"), capabilities.ToJsonString());
        var peerList = new JsonObject();
        foreach (var (id, peer) in peers)
        {
            var certificate = $"peer-{peer.Port}.cert.pem";
            File.WriteAllText(Path.Combine(directory, certificate), peer.Pki.SignerCertificate.ExportCertificatePem());
            peerList[id] = new JsonObject { ["url"] = $"http://127.0.0.1:{peer.Port}/", ["certificate"] = certificate };
        }

        var config = new JsonObject
        {
            ["authority"] = new JsonObject { ["country"] = authority.Country.ToString(), ["authorityId"] = authority.AuthorityId, ["name"] = authority.Name, ["role"] = authority.Role == PartyRole.Issuing ? "ISSUING" : "EXECUTING" },
            ["listen"] = $"http://127.0.0.1:{node.Port}",
            ["key"] = "key.pem",
            ["certificate"] = "chain.pem",
            ["trustList"] = "trust.json",
            ["capabilities"] = "capabilities.json",
            ["store"] = "node.db",
            ["peers"] = peerList,
            ["outboxIntervalSeconds"] = 1,
        };
        edit?.Invoke(config);
        File.WriteAllText(node.ConfigPath, config.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return node;
    }

    /// <summary>
    /// The tool as its own build laid it out (src/Mlat.Cli/bin/&lt;configuration&gt;/net10.0), not the copy in this
    /// project's output: that copy's deps.json names package assemblies (Redis's dependencies, newer than the shared
    /// framework's) which this project, resolving them to the framework, does not copy.
    /// </summary>
    private static string MlatDll
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(TestPaths.RepoRoot, "src", "Mlat.Cli", "bin", output.Parent!.Name, output.Name, "mlat.dll");
        }
    }

    /// <summary>A loopback port nothing listens on now (the OS picks it; the socket is closed again).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts <c>mlat serve</c> and waits for its "listening on" line (a guard against a hang, not a timing).</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(MlatDll);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(ConfigPath);
        var process = Process.Start(start)!;
        _process = process;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (stderr) { stderr.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains($"listening on http://127.0.0.1:{Port}", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(2)));
        if (first != ready.Task)
        {
            Kill();
            lock (stderr)
            {
                throw new InvalidOperationException($"mlat serve did not start (exit {(process.HasExited ? process.ExitCode : -1)}): {stderr}");
            }
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an operator's <c>kill -9</c>.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs an mlat command in-process (off the test's synchronization context) with captured output.</summary>
    public static Task<(int Exit, string Out, string Err)> RunMlat(params string[] args) => Task.Run(() =>
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MlatCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    });
}
