using System.Globalization;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>
/// The RFC 8785 test data of cyberphone/json-canonicalization (<c>TestPaths.Vectors</c>/jcs): every input must canonicalize to
/// exactly the bytes of its output file and of its hex dump.
/// </summary>
public sealed class JcsVectorTests
{
    private static string TestData => Path.Combine(TestPaths.Vectors, "jcs", "testdata");

    private static string[] CaseNames() => Directory.EnumerateFiles(Path.Combine(TestData, "input"), "*.json")
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Cases() => new(CaseNames());

    [RequiresFact(Requirement.Vectors)]
    public void Vector_folder_holds_the_six_published_cases()
    {
        string[] expected = ["arrays", "french", "structures", "unicode", "values", "weird"];
        Assert.Equal(expected, CaseNames());
    }

    [RequiresTheory(Requirement.Vectors)]
    [MemberData(nameof(Cases))]
    public void Canonical_bytes_equal_the_published_output(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(TestData, "input", name + ".json"));
        var expected = File.ReadAllBytes(Path.Combine(TestData, "output", name + ".json"));

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(input));
    }

    [RequiresTheory(Requirement.Vectors)]
    [MemberData(nameof(Cases))]
    public void Canonical_bytes_equal_the_published_hex_dump(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(TestData, "input", name + ".json"));
        var hex = File.ReadAllText(Path.Combine(TestData, "outhex", name + ".txt"));
        var expected = hex.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => byte.Parse(pair, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToArray();

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(input));
    }

    [RequiresTheory(Requirement.Vectors)]
    [MemberData(nameof(Cases))]
    public void Canonical_output_is_a_fixed_point(string name)
    {
        var expected = File.ReadAllBytes(Path.Combine(TestData, "output", name + ".json"));

        Assert.Equal(expected, JsonCanonicalizer.Canonicalize(expected));
    }
}
