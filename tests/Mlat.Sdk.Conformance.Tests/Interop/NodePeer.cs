using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Mlat.Sdk.Conformance.Tests.Interop;

/// <summary>
/// Runs a script of the independent npm peers in tests/interop with node: arguments and stdin in, stdout out. A non-zero
/// exit fails with the script's stderr; a hung peer is killed with its process tree after a generous timeout, so a
/// broken peer fails the test instead of hanging the run (the timeout guards the run, it does not measure speed).
/// </summary>
internal static class NodePeer
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs <c>node &lt;script&gt; &lt;args&gt;</c> in tests/interop and returns its standard output.</summary>
    /// <param name="script">Script path relative to tests/interop, for example <c>jcs.mjs</c>.</param>
    /// <param name="arguments">Arguments after the script.</param>
    /// <param name="stdin">Written to the process's standard input (UTF-8), which is then closed; null for none.</param>
    /// <param name="timeout">How long to wait before killing the process; default three minutes.</param>
    public static string Run(string script, IReadOnlyList<string> arguments, string? stdin, TimeSpan? timeout = null)
    {
        if (!Directory.Exists(Path.Combine(TestPaths.Interop, "node_modules")))
        {
            throw new InvalidOperationException($"The npm peers are not installed: run npm ci in tests/interop ({TestPaths.Interop}).");
        }

        return RunWith("node", script, arguments, stdin, timeout);
    }

    /// <summary>Runs <c>&lt;program&gt; &lt;script&gt; &lt;args&gt;</c> in tests/interop (for example <c>python3 validate.py</c>) and returns its standard output.</summary>
    /// <param name="program">The interpreter, found on PATH.</param>
    /// <param name="script">Script path relative to tests/interop.</param>
    /// <param name="arguments">Arguments after the script.</param>
    /// <param name="stdin">Written to the process's standard input (UTF-8), which is then closed; null for none.</param>
    /// <param name="timeout">How long to wait before killing the process; default three minutes.</param>
    public static string RunWith(string program, string script, IReadOnlyList<string> arguments, string? stdin, TimeSpan? timeout = null)
    {
        var directory = TestPaths.Interop;
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started.");

        // Read both pipes concurrently with writing stdin, so that a peer filling a pipe never deadlocks the test.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The peer exited early; its exit code and stderr below say why.
        }

        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{program} {script} did not finish within {(timeout ?? DefaultTimeout).TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was killed.");
        }

        process.WaitForExit();
        var output = stdout.GetAwaiter().GetResult();
        var errors = stderr.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {script} exited with code {process.ExitCode}:{Environment.NewLine}{errors}");
        }

        return output;
    }
}
