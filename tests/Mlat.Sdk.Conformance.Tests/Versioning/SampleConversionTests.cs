using System.Text;
using System.Text.Json;
using Mlat.Sdk.Conformance.Tests.Interop;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Conformance.Tests.Versioning;

/// <summary>
/// specification §11 on the corpus: every valid 1.1 sample of a type 1.0 has goes down to a message that validates against
/// 1.0 in the SDK and in ajv (schemas picked by version), and comes back up JCS-identical; every valid 1.0 sample goes
/// up to a valid 1.1 message; every 1.1-only type is refused with MLAT-CONV-LOSSY.
/// </summary>
public sealed class SampleConversionTests
{
    private static readonly MlatVersion V10 = MlatVersion.Parse("1.0");
    private static readonly MlatVersion V11 = MlatVersion.Parse("1.1");
    private static readonly IReadOnlySet<string> TypesOf10 = StandardCatalogue.MessageTypesByVersion["1.0"];

    private static readonly Lazy<IReadOnlyDictionary<string, bool>> AjvOnDownConverted = new(RunAjv);

    public static TheoryData<string> Valid11Of10Types => SampleManifest.Ids(c => c.Version == "1.1" && c.ExpectValid && TypesOf10.Contains(c.MessageType));

    public static TheoryData<string> Valid11OnlyTypes => SampleManifest.Ids(c => c.Version == "1.1" && c.ExpectValid && !TypesOf10.Contains(c.MessageType));

    public static TheoryData<string> Valid10 => SampleManifest.Ids(c => c.Version == "1.0" && c.ExpectValid);

    private static string Canonical(byte[] json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Theory]
    [MemberData(nameof(Valid11Of10Types))]
    public void A_1_1_sample_goes_down_to_valid_1_0_and_back_up_JCS_identical(string id)
    {
        var original = File.ReadAllBytes(SampleManifest.Get(id).FullPath);

        var down = MlatConverter.Default.Convert(original, V10);
        Assert.True(down.IsSuccess, string.Join("; ", down.Findings.Select(f => f.Code + " " + f.Pointer)));
        var report = MlatValidator.Default.Validate(down.Output);
        Assert.True(report.IsValid);
        Assert.Equal("1.0", report.Version);
        Assert.True(AjvOnDownConverted.Value[id], "ajv rejects the down-converted message against the 1.0 schemas");

        var up = MlatConverter.Default.Convert(down.Output!, V11);
        Assert.True(up.IsSuccess);
        Assert.Equal(Canonical(original), Canonical(up.Output!));
    }

    [Theory]
    [MemberData(nameof(Valid11OnlyTypes))]
    public void A_1_1_only_type_is_refused_as_lossy(string id)
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(SampleManifest.Get(id).FullPath), V10);

        Assert.Null(result.Output);
        Assert.Equal([(FindingCodes.ConversionLossy, "/header/messageType")], result.Findings.Select(f => (f.Code, f.Pointer)));
    }

    [Theory]
    [MemberData(nameof(Valid10))]
    public void A_1_0_sample_goes_up_to_a_valid_1_1_message(string id)
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(SampleManifest.Get(id).FullPath), V11);

        Assert.True(result.IsSuccess, string.Join("; ", result.Findings.Select(f => f.Code + " " + f.Pointer)));
        var report = MlatValidator.Default.Validate(result.Output);
        Assert.True(report.IsValid);
        Assert.Equal("1.1", report.Version);
    }

    // ajv (tests/interop/validate.mjs) picks the 1.0 release for the down-converted files.
    private static Dictionary<string, bool> RunAjv()
    {
        var dir = Directory.CreateTempSubdirectory("mlat-down-").FullName;
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in SampleManifest.Cases.Where(c => c.Version == "1.1" && c.ExpectValid && TypesOf10.Contains(c.MessageType)).Select(c => c.Id))
            {
                var down = MlatConverter.Default.Convert(File.ReadAllBytes(SampleManifest.Get(id).FullPath), V10);
                if (down.Output is { } bytes)
                {
                    var path = Path.Combine(dir, files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json");
                    File.WriteAllBytes(path, bytes);
                    files[path] = id;
                }
            }

            var output = NodePeer.Run("validate.mjs", ["--release", Path.Combine(TestPaths.Schemas, "1.0")], JsonSerializer.Serialize(files.Keys.ToArray(), TestJsonContext.Default.StringArray));
            using var document = JsonDocument.Parse(output);
            return document.RootElement.EnumerateArray().ToDictionary(r => files[r.GetProperty("file").GetString()!], r => r.GetProperty("valid").GetBoolean(), StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
