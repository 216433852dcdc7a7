using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;

namespace Mlat.Sdk.Tests.Packaging;

/// <summary>
/// Issue 6, "must show": <c>dotnet pack</c> gives the Mlat.Sdk library package (README, licence, XML docs, symbols,
/// Source Link commit, deterministic, schemas embedded) and the <c>mlat</c> tool, which installs from a local folder
/// into a tool path and runs. The slow test of the suite: one pack of each project, nothing else rebuilt.
/// </summary>
public sealed class PackAndInstallTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("mlat-pack-");

    public void Dispose() => dir.Delete(true);

    [Fact]
    public void Packages_have_their_contents_and_the_tool_installs_from_a_local_folder_and_validates_a_sample()
    {
        var feed = Path.Combine(dir.FullName, "feed");
        var tools = Path.Combine(dir.FullName, "tools");
        foreach (var project in new[] { "src/Mlat.Sdk/Mlat.Sdk.csproj", "src/Mlat.Sdk.Testing/Mlat.Sdk.Testing.csproj", "src/Mlat.Cli/Mlat.Cli.csproj" })
        {
            var (packExit, packOut) = Dotnet(TestPaths.RepoRoot, "pack", Path.Combine(TestPaths.RepoRoot, project), "-c", "Release", "-o", feed, "-p:Version=0.1.0-test");
            Assert.True(packExit == 0, packOut);
        }

        // The library: README, licence expression, Source Link commit, XML docs, symbols, schemas, deterministic build.
        using (var package = ZipFile.OpenRead(Path.Combine(feed, "Mlat.Sdk.0.1.0-test.nupkg")))
        {
            var nuspec = XDocument.Load(package.GetEntry("Mlat.Sdk.nuspec")!.Open());
            var ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
            Assert.NotNull(package.GetEntry("README.md"));
            Assert.Equal("Apache-2.0", (string?)metadata.Element(ns + "license"));
            Assert.Matches("^[0-9a-f]{40}$", (string?)metadata.Element(ns + "repository")?.Attribute("commit") ?? string.Empty);
            Assert.NotNull(package.GetEntry("lib/net10.0/Mlat.Sdk.xml"));

            using var dll = new MemoryStream();
            package.GetEntry("lib/net10.0/Mlat.Sdk.dll")!.Open().CopyTo(dll);
            dll.Position = 0;
            using var pe = new PEReader(dll);
            Assert.Contains(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.Reproducible);
            var reader = pe.GetMetadataReader();
            var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList();
            Assert.Contains("schemas/1.0/envelope.schema.json", resources);
            Assert.Contains(resources, r => r.StartsWith("schemas/1.1/", StringComparison.Ordinal));

            // Test-only code ships in Mlat.Sdk.Testing, never in the library.
            var types = reader.TypeDefinitions.Select(h => reader.GetString(reader.GetTypeDefinition(h).Name)).ToList();
            Assert.Contains("EnvelopeSigner", types);
            Assert.DoesNotContain("TestPki", types);
            Assert.DoesNotContain("TestPkiBundle", types);
            Assert.DoesNotContain("CompatibilityChecker", types);
        }

        // The test-only package: its own README, the licence, symbols, and a dependency on the library of the same version.
        using (var testing = ZipFile.OpenRead(Path.Combine(feed, "Mlat.Sdk.Testing.0.1.0-test.nupkg")))
        {
            var nuspec = XDocument.Load(testing.GetEntry("Mlat.Sdk.Testing.nuspec")!.Open());
            var ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
            using (var readme = new StreamReader(testing.GetEntry("README.md")!.Open()))
            {
                Assert.StartsWith("# Mlat.Sdk.Testing", readme.ReadToEnd(), StringComparison.Ordinal);
            }

            Assert.Equal("Apache-2.0", (string?)metadata.Element(ns + "license"));
            Assert.NotNull(testing.GetEntry("lib/net10.0/Mlat.Sdk.Testing.dll"));
            Assert.NotNull(testing.GetEntry("lib/net10.0/Mlat.Sdk.Testing.xml"));
            var dependency = Assert.Single(metadata.Descendants(ns + "dependency"), d => (string?)d.Attribute("id") == "Mlat.Sdk");
            Assert.Equal("0.1.0-test", (string?)dependency.Attribute("version"));
        }

        using (var symbols = ZipFile.OpenRead(Path.Combine(feed, "Mlat.Sdk.0.1.0-test.snupkg")))
        {
            Assert.NotNull(symbols.GetEntry("lib/net10.0/Mlat.Sdk.pdb"));
        }

        using (var tool = ZipFile.OpenRead(Path.Combine(feed, "Mlat.Cli.0.1.0-test.nupkg")))
        {
            var settings = XDocument.Load(tool.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            Assert.Equal("mlat", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        }

        // Install from the local folder (plus the machine's normal sources, whose failures are ignored offline).
        var (installExit, installOut) = Dotnet(dir.FullName, "tool", "install", "Mlat.Cli", "--tool-path", tools, "--add-source", feed, "--version", "0.1.0-test", "--ignore-failed-sources");
        Assert.True(installExit == 0, installOut);
        var mlat = Path.Combine(tools, OperatingSystem.IsWindows() ? "mlat.exe" : "mlat");

        var (versionExit, version) = Run(mlat, dir.FullName, "--version");
        Assert.Equal(0, versionExit);
        Assert.StartsWith("0.1.0-test", version.Trim(), StringComparison.Ordinal);

        var sample = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "minimal.json");
        var (validExit, validOut) = Run(mlat, dir.FullName, "validate", sample, "--format", "json");
        Assert.Equal(0, validExit);
        Assert.Contains("\"valid\":true", validOut.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var invalid = Path.Combine(TestPaths.Samples, "1.0", "invalid", "AcknowledgementOfReceipt", "extra-member-in-body.json");
        Assert.Equal(1, Run(mlat, dir.FullName, "validate", invalid).Exit);
    }

    private static (int Exit, string Output) Dotnet(string workingDirectory, params string[] args) => Run("dotnet", workingDirectory, args);

    private static (int Exit, string Output) Run(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
