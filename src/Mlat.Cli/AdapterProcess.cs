using System.Diagnostics;
using Mlat.Sdk.Conformance;

namespace Mlat.Cli;

/// <summary>
/// The product behind <c>mlat conformance run --implementation "&lt;command&gt;"</c>: the command is started once,
/// through the shell, for the whole run, and speaks the adapter protocol (<see cref="ConformanceAdapterClient.Protocol"/>)
/// on its standard input and output. Its standard error is drained and dropped (it may echo sample content). Disposing
/// closes its input, waits a little for it to end, and kills what is left.
/// </summary>
internal sealed class AdapterProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task drain;

    private AdapterProcess(Process process, ConformanceAdapterClient client)
    {
        this.process = process;
        Client = client;
        drain = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
    }

    public ConformanceAdapterClient Client { get; }

    public static AdapterProcess Start(string command, TimeSpan? timeout = null)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/d", "/c", command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The adapter command could not be started.");
        return new AdapterProcess(process, new ConformanceAdapterClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, command, timeout));
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync().ConfigureAwait(false);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        try
        {
            await drain.ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The process is gone; what it wrote to standard error is not needed.
        }

        process.Dispose();
    }
}
