using System.Text;
using System.Text.Json.Nodes;

namespace Mlat.Sdk.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlat-cli-").FullName;

    private static string ValidSample => Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Valid_file_exits_0_and_says_valid_with_version_and_type()
    {
        var (exit, output, error) = CliRunner.Run("validate", ValidSample);

        Assert.Equal(0, exit);
        Assert.Contains(": valid (1.0 AssistanceRequest)", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Invalid_file_exits_1_and_lists_code_and_pointer()
    {
        var path = Write("bad.json", File.ReadAllText(ValidSample).Replace("\"profile\": \"EIO\"", "\"profile\": \"EIO_X\"", StringComparison.Ordinal));

        var (exit, output, _) = CliRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("NOT VALID", output, StringComparison.Ordinal);
        Assert.Contains("schema.enum", output, StringComparison.Ordinal);
        Assert.Contains("/body/profile", output, StringComparison.Ordinal);
        Assert.DoesNotContain("EIO_X", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_prints_one_object_per_file_with_the_documented_members()
    {
        var bad = Write("dup.json", """{"header":{"version":"1.0","version":"1.0"}}""");

        var (exit, output, _) = CliRunner.Run("validate", ValidSample, bad, "--format", "json");

        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonNode.Parse(lines[0])!;
        Assert.Equal(ValidSample, (string?)first["file"]);
        Assert.True((bool)first["valid"]!);
        Assert.Equal("1.0", (string?)first["version"]);
        Assert.Equal("AssistanceRequest", (string?)first["messageType"]);
        Assert.Empty(first["findings"]!.AsArray());
        var second = JsonNode.Parse(lines[1])!;
        Assert.False((bool)second["valid"]!);
        var finding = Assert.Single(second["findings"]!.AsArray())!;
        Assert.Equal("MLAT-JSON-DUPLICATE-MEMBER", (string?)finding["code"]);
        Assert.Equal("/header/version", (string?)finding["pointer"]);
        Assert.Equal("ERROR", (string?)finding["severity"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)finding["message"]));
    }

    [Fact]
    public void Missing_file_exits_2_with_a_coded_message_and_the_other_files_are_still_checked()
    {
        var (exit, output, error) = CliRunner.Run("validate", Path.Combine(dir, "nope.json"), ValidSample);

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", error, StringComparison.Ordinal);
        Assert.Contains(": valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_instead_of_file_exits_2_with_a_coded_message()
    {
        var (exit, _, error) = CliRunner.Run("validate", dir);

        Assert.Equal(2, exit);
        Assert.Contains("MLAT-CLI-UNREADABLE", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("mlat: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_option_prints_the_version_and_exits_0()
    {
        var (exit, output, _) = CliRunner.Run("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    public static TheoryData<string, string> HostileInputs => new()
    {
        { "malformed", "MLAT-JSON-MALFORMED" },
        { "truncated", "MLAT-JSON-MALFORMED" },
        { "deep", "MLAT-JSON-TOO-DEEP" },
        { "duplicate", "MLAT-JSON-DUPLICATE-MEMBER" },
        { "utf8", "MLAT-JSON-INVALID-UTF8" },
        { "root-array", "MLAT-JSON-ROOT-NOT-OBJECT" },
        { "root-string", "MLAT-JSON-ROOT-NOT-OBJECT" },
        { "huge", "MLAT-JSON-TOO-LARGE" },
        { "empty", "MLAT-JSON-MALFORMED" },
        { "lone-surrogate", "MLAT-JSON-LONE-SURROGATE" },
        { "big-integer", "MLAT-JSON-NUMBER-OUT-OF-RANGE" },
        { "unknown-version", "MLAT-VER-UNSUPPORTED" },
        { "unknown-type", "MLAT-TYPE-UNKNOWN" },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_gives_exit_1_and_a_coded_finding_without_a_stack_trace(string kind, string code)
    {
        var path = WriteHostile(kind);

        var (exit, output, error) = CliRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains(code, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_100_MB_file_is_refused_reading_no_more_than_the_limit()
    {
        var path = WriteHostile("huge");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var (exit, output, _) = CliRunner.Run("validate", path);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1, exit);
        Assert.Contains("MLAT-JSON-TOO-LARGE", output, StringComparison.Ordinal);

        // The 16 MiB limit bounds memory: the pooled read buffer may round up to 32 MiB, never the 100 MB file.
        Assert.True(allocated < 48L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Hostile_inputs_in_a_real_process_exit_1_with_codes_and_no_stack_trace()
    {
        var paths = new[] { "malformed", "deep", "duplicate", "utf8", "root-array", "huge" }.Select(WriteHostile).ToArray();

        var (exit, output, error) = CliRunner.RunProcess(["validate", .. paths, "--format", "json"]);

        Assert.Equal(1, exit);
        Assert.Equal(paths.Length, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    private string WriteHostile(string kind)
    {
        var sample = File.ReadAllText(ValidSample);
        return kind switch
        {
            "malformed" => Write(kind, """{"header": {"version": "1.0",, }"""),
            "truncated" => Write(kind, sample[..(sample.Length / 2)]),
            "deep" => Write(kind, new string('[', 100_000)),
            "duplicate" => Write(kind, """{"header":{"version":"1.0","messageType":"StatusQuery"},"body":{},"body":{}}"""),
            "utf8" => WriteBytes(kind, [.. "{\"header\":\""u8, 0xC3, 0x28, .. "\"}"u8]),
            "root-array" => Write(kind, "[1, 2, 3]"),
            "root-string" => Write(kind, "\"just a string\""),
            "huge" => WriteSparse(kind, 100L * 1000 * 1000),
            "empty" => Write(kind, string.Empty),
            "lone-surrogate" => Write(kind, """{"header":{"version":"1.0","messageType":"StatusQuery","name":"\ud800"}}"""),
            "big-integer" => Write(kind, """{"header":{"version":"1.0","messageType":"StatusQuery","n":9007199254740993}}"""),
            "unknown-version" => Write(kind, sample.Replace("\"version\": \"1.0\"", "\"version\": \"7.3\"", StringComparison.Ordinal)),
            "unknown-type" => Write(kind, sample.Replace("\"messageType\": \"AssistanceRequest\"", "\"messageType\": \"Telegram\"", StringComparison.Ordinal)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(dir, name + ".json");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(dir, name + ".json");
        File.WriteAllBytes(path, content);
        return path;
    }

    private string WriteSparse(string name, long length)
    {
        // A sparse file of the given size: as large as a hostile upload, without writing 100 MB to disk.
        var path = Path.Combine(dir, name + ".json");
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
        return path;
    }
}
