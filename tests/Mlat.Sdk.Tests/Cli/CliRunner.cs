using System.Diagnostics;
using System.Text;
using Mlat.Cli;

namespace Mlat.Sdk.Tests.Cli;

/// <summary>Runs the mlat command in-process with captured output, or as a real process from the test output folder.</summary>
internal static class CliRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = MlatCli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs <c>dotnet mlat.dll</c> as its own process, so that what reaches a real console (unhandled exceptions,
    /// stack traces, the exit code) is what is checked. The wait is a guard against a hung run, not a speed measurement.
    /// </summary>
    public static (int Exit, string Out, string Err) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mlat.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("mlat did not finish.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
