using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>The bundled samples against the SDK: the manifest is the expected truth (specification §14.2).</summary>
public sealed class SampleManifestTests
{
    public static TheoryData<string> ValidCases => SampleManifest.Ids(c => c.ExpectValid);

    public static TheoryData<string> InvalidCases => SampleManifest.Ids(c => !c.ExpectValid);

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_sample_is_accepted_without_errors(string id)
    {
        var sample = SampleManifest.Get(id);
        var report = sample.Validate(File.ReadAllBytes(sample.FullPath));

        Assert.Empty(report.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => $"{f.Code} {f.Pointer}"));
        Assert.True(report.IsSuccess);
        Assert.Equal(sample.Version, report.Version?.ToString());
        Assert.Equal(sample.MessageType, report.MessageType.ToString());
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_sample_binds_to_its_type_and_serializes_back_to_the_same_canonical_json(string id)
    {
        var sample = SampleManifest.Get(id);
        var original = File.ReadAllBytes(sample.FullPath);
        var message = sample.Validate(original).MessageOrThrow();

        Assert.Equal(sample.MessageType, message.Body.GetType().Name);
        var written = MlatJson.SerializeToUtf8Bytes(message);
        Assert.Equal(
            System.Text.Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(original)),
            System.Text.Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(written)));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_sample_is_rejected_with_exactly_the_expected_findings(string id)
    {
        var sample = SampleManifest.Get(id);
        var report = sample.Validate(File.ReadAllBytes(sample.FullPath));

        Assert.False(report.IsSuccess);
        Assert.Null(report.Message);
        var actual = report.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => $"{f.Code} {f.Pointer}").Order(StringComparer.Ordinal);
        var expected = sample.ExpectedFindings.Select(f => $"{f.Code} {f.Pointer}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_message_type_added_in_1_1_is_unknown_in_a_1_0_message()
    {
        var sample = SampleManifest.Cases.Single(c => c.Id == "1.0/invalid/ProductionOrder/type-not-in-1.0");
        var report = MlatValidator.Default.Validate(File.ReadAllBytes(sample.FullPath));

        Assert.Equal([(FindingCodes.TypeUnknown, "/header/messageType")], report.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.False(Mlat.Sdk.Validation.Schemas.SchemaCatalog.Embedded.TryGetSchema("1.0", "ProductionOrder", out _));
        Assert.True(Mlat.Sdk.Validation.Schemas.SchemaCatalog.Embedded.TryGetSchema("1.1", "ProductionOrder", out _));
    }

    [Fact]
    public void Manifest_lists_every_sample_file_and_only_existing_files()
    {
        var listed = SampleManifest.Cases.Select(c => c.File.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var onDisk = StandardCatalogue.MessageTypesByVersion.Keys
            .SelectMany(version => new[] { "valid", "invalid", "rules" }.Select(kind => Path.Combine(TestPaths.Samples, version, kind)))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(TestPaths.Samples, p).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(onDisk.Except(listed));
        Assert.DoesNotContain(listed, f => !File.Exists(Path.Combine(TestPaths.Samples, f)));
        Assert.Equal(SampleManifest.Cases.Count, SampleManifest.Cases.Select(c => c.Id).Distinct().Count());
    }

    public static TheoryData<string> Versions => new(StandardCatalogue.MessageTypesByVersion.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_message_type_of_the_version_has_a_minimal_and_a_full_valid_sample_and_three_invalid_ones(string version)
    {
        var newInVersion = StandardCatalogue.MessageTypesByVersion[version]
            .Except(StandardCatalogue.MessageTypesByVersion.Where(kv => string.CompareOrdinal(kv.Key, version) < 0).SelectMany(kv => kv.Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var type in StandardCatalogue.MessageTypesByVersion[version])
        {
            var cases = SampleManifest.Cases.Where(c => c.Version == version && c.MessageType == type && !c.IsRuleCase).ToList();
            Assert.True(cases.Count(c => c.ExpectValid) >= 2, $"{version} {type}: fewer than two valid samples");
            if (!newInVersion.Contains(type))
            {
                continue; // a type carried over unchanged: its invalid samples live with the version that introduced it
            }

            Assert.True(cases.Count(c => !c.ExpectValid) >= 3, $"{type}: fewer than three invalid samples");
            Assert.All(cases.Where(c => !c.ExpectValid), c => Assert.Single(c.ExpectedFindings));
        }
    }
}
