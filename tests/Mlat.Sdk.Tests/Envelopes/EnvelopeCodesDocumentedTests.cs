using System.Reflection;

namespace Mlat.Sdk.Tests.Envelopes;

public sealed class EnvelopeCodesDocumentedTests
{
    public static TheoryData<string> SignatureAndTrustCodes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (string)field.GetRawConstantValue()!;
            if (code.StartsWith("MLAT-SIG-", StringComparison.Ordinal) || code.StartsWith("MLAT-TRUST-", StringComparison.Ordinal) || code.StartsWith("MLAT-ENC-", StringComparison.Ordinal))
            {
                data.Add(code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SignatureAndTrustCodes))]
    public void Every_envelope_code_has_a_row_in_docs_error_codes(string code)
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "error-codes.md"));
        Assert.Contains("| `" + code + "` |", doc, StringComparison.Ordinal);
    }
}
