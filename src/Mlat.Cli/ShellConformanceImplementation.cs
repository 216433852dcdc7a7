using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk;
using Mlat.Sdk.Conformance;

namespace Mlat.Cli;

/// <summary>
/// The product behind <c>mlat conformance run --implementation "&lt;command&gt;"</c>: the shell command runs once per
/// sample with the sample's path appended and prints <c>{"valid": bool, "findings": [{"code", "pointer"}]}</c>. What
/// the manifest forces besides the file (specification §5.3) comes in the environment: <c>MLAT_CONFORMANCE_PROFILE</c>
/// and <c>MLAT_CONFORMANCE_REQUEST</c>. Starting processes is the CLI's job; the SDK only sees the answers.
/// </summary>
internal sealed class ShellConformanceImplementation(string command) : IConformanceImplementation
{
    public string Name => command;

    public async Task<ConformanceAnswer> ValidateAsync(ConformanceSample sample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/d", "/c", command + " \"" + sample.Path + "\"" } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command + " \"$1\"", "mlat-conformance", sample.Path } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        start.Environment["MLAT_CONFORMANCE_PROFILE"] = sample.Profile ?? string.Empty;
        start.Environment["MLAT_CONFORMANCE_REQUEST"] = sample.RequestPath ?? string.Empty;
        start.Environment["MLAT_CONFORMANCE_CASE"] = sample.CaseId ?? string.Empty;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The implementation command could not be started.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout.ConfigureAwait(false);
        _ = await stderr.ConfigureAwait(false);
        try
        {
            var node = JsonNode.Parse(output.Trim())!.AsObject();
            return new ConformanceAnswer
            {
                IsValid = node["valid"]!.GetValue<bool>(),
                Findings = node["findings"]?.AsArray()
                    .Select(f => Finding.Error(f!["code"]!.GetValue<string>(), f["pointer"]!.GetValue<string>(), "Reported by the implementation under test."))
                    .ToArray() ?? [],
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            return ConformanceAnswer.Unusable(string.Create(CultureInfo.InvariantCulture, $"implementation output is not {{\"valid\", \"findings\"}} JSON (exit code {process.ExitCode})"));
        }
    }
}
