using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

/// <summary>
/// The converter writes compact JSON: a message that fits the size limit still fits after an up-conversion (only the
/// header version changes). With indented output a valid message near the limit was refused by the converter's own
/// re-validation of its output (found by the 10 MB conversion benchmark).
/// </summary>
public sealed class ConversionSizeTests
{
    [Fact]
    public void Up_conversion_of_a_message_at_the_size_limit_succeeds_and_stays_within_it()
    {
        var path = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");
        var compact = MlatJson.SerializeToUtf8Bytes(MlatValidator.Default.Validate(File.ReadAllBytes(path)).MessageOrThrow());
        var tight = new MlatValidator(new MlatValidatorOptions { Limits = new ReaderLimits { MaxBytes = compact.Length } });

        var result = new MlatConverter(tight).Convert(compact, MlatVersion.Parse("1.1"));

        Assert.Empty(result.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => $"{f.Code} {f.Pointer}"));
        Assert.NotNull(result.Output);
        Assert.Equal(compact.Length, result.Output.Length);
    }
}
