using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Serialization;

public sealed class JsonCanonicalizerTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));

    // RFC 8785 appendix B: IEEE 754 bit patterns and their ECMAScript serialisation.
    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void Number_is_written_as_in_RFC_8785_appendix_B(ulong bits, string expected)
    {
        var value = BitConverter.UInt64BitsToDouble(bits);
        var json = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Canonical(json));
    }

    [Theory]
    [InlineData("1e21", "1e+21")]
    [InlineData("1E+21", "1e+21")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("1e-6", "0.000001")]
    [InlineData("123456789012345680000", "123456789012345680000")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("0.0", "0")]
    [InlineData("4.50", "4.5")]
    [InlineData("2e-3", "0.002")]
    [InlineData("1E30", "1e+30")]
    [InlineData("333333333.33333329", "333333333.3333333")]
    [InlineData("0.000000000000000000000000001", "1e-27")]
    [InlineData("100", "100")]
    [InlineData("-100", "-100")]
    [InlineData("1.0", "1")]
    [InlineData("12345678901234567", "12345678901234568")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("-1.5e-7", "-1.5e-7")]
    public void Number_text_is_rewritten_in_ECMAScript_form(string json, string expected)
    {
        Assert.Equal(expected, Canonical(json));
    }

    [Fact]
    public void Members_are_sorted_by_UTF16_code_units_not_by_UTF8_bytes()
    {
        // U+E000 is above U+1F602 in UTF-8 and code point order, but its UTF-16 unit E000 is above the surrogate D83D.
        Assert.Equal("{\"a\":1,\"\ud83d\ude02\":3,\"\ue000\":2}", Canonical("{\"\ue000\":2,\"a\":1,\"\ud83d\ude02\":3}"));
    }

    [Fact]
    public void Members_with_escaped_names_are_sorted_by_their_characters()
    {
        Assert.Equal("{\"a\":2,\"b\":1}", Canonical("{\"\\u0062\":1,\"a\":2}"));
    }

    [Theory]
    [InlineData("\"\\u0000\\u001F\\u007f\"", "\"\\u0000\\u001f\u007f\"")]
    [InlineData("\"\\b\\f\\n\\r\\t\\\"\\\\\\/\"", "\"\\b\\f\\n\\r\\t\\\"\\\\/\"")]
    [InlineData("\"\\u20ac\\uD83D\\uDE02\"", "\"€\ud83d\ude02\"")]
    [InlineData("\"\u2028</script>\"", "\"\u2028</script>\"")]
    [InlineData("\"e\\u0301\"", "\"e\u0301\"")]
    public void Strings_use_only_the_escapes_of_RFC_8785(string json, string expected)
    {
        Assert.Equal(expected, Canonical("[" + json + "]")[1..^1]);
    }

    [Fact]
    public void Whitespace_is_removed_and_literals_kept()
    {
        Assert.Equal("{\"a\":[true,false,null,{}],\"b\":[]}", Canonical(" {\r\n \"b\" : [ ] ,\t\"a\":[true , false,null,{ }]}\n"));
    }

    [Fact]
    public void Canonicalizing_an_element_equals_canonicalizing_its_bytes()
    {
        var json = "{\"z\":[1.50,\"\\u00e9\"],\"a\":{\"y\":1e2,\"x\":null}}"u8.ToArray();
        using var document = JsonDocument.Parse(json);

        Assert.Equal(JsonCanonicalizer.Canonicalize(json), JsonCanonicalizer.Canonicalize(document.RootElement));
        Assert.Equal("{\"x\":null,\"y\":100}"u8.ToArray(), JsonCanonicalizer.Canonicalize(document.RootElement.GetProperty("a")));
    }

    [Fact]
    public void Output_larger_than_one_chunk_is_written_whole_to_a_buffer_writer()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"{{\"k{i % 7}\":\"{new string('x', i % 50)}\",\"a\":{i}}}")) + "]";
        var writer = new ArrayBufferWriter<byte>(16);

        JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json), writer);

        Assert.Equal(JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)), writer.WrittenSpan.ToArray());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(writer.WrittenSpan)));
    }

    [Theory]
    [InlineData("{\"a\":}")]
    [InlineData("[1,]")]
    [InlineData("[\"\\ud800\"]")]
    [InlineData("{\"\\udc00\":1}")]
    [InlineData("[1e400]")]
    [InlineData("")]
    public void Input_that_cannot_be_canonicalized_is_an_argument_error(string json)
    {
        Assert.Throws<ArgumentException>(() => JsonCanonicalizer.Canonicalize(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Invalid_UTF8_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => JsonCanonicalizer.Canonicalize(new byte[] { (byte)'"', 0xC0, 0xAF, (byte)'"' }));
    }

    private static Arbitrary<(JsonTree Tree, JsonStyle Style)> TreeAndStyle =>
        Arb.From(Gen.Zip(JsonTrees.Value, JsonTrees.Style));

    [Property(MaxTest = 300)]
    public Property Canonicalization_is_idempotent() => Prop.ForAll(TreeAndStyle, pair =>
    {
        var once = JsonCanonicalizer.Canonicalize(JsonTrees.ToUtf8(pair.Tree, pair.Style));
        return once.AsSpan().SequenceEqual(JsonCanonicalizer.Canonicalize(once));
    });

    [Property(MaxTest = 300)]
    public Property Canonical_form_does_not_depend_on_member_order() =>
        Prop.ForAll(TreeAndStyle, Arb.From(Gen.Choose(0, int.MaxValue)), (pair, seed) =>
        {
            var original = JsonCanonicalizer.Canonicalize(JsonTrees.ToUtf8(pair.Tree, pair.Style));
            var shuffled = JsonCanonicalizer.Canonicalize(JsonTrees.ToUtf8(pair.Tree, pair.Style with { ShuffleSeed = seed }));
            return original.AsSpan().SequenceEqual(shuffled);
        });

    [Property(MaxTest = 300)]
    public Property Canonical_form_does_not_depend_on_whitespace_or_escaping() => Prop.ForAll(Arb.From(JsonTrees.Value), tree =>
    {
        var compact = JsonCanonicalizer.Canonicalize(JsonTrees.ToUtf8(tree, new JsonStyle(false, false, null)));
        var pretty = JsonCanonicalizer.Canonicalize(JsonTrees.ToUtf8(tree, new JsonStyle(true, true, null)));
        return compact.AsSpan().SequenceEqual(pretty);
    });

    [Property(MaxTest = 300)]
    public Property Canonical_form_parses_back_to_an_equal_document() =>
        Prop.ForAll(Arb.From(Gen.Zip(JsonTrees.Value.Where(JsonTrees.AllNumbersShortest), JsonTrees.Style)), pair =>
        {
            var input = JsonTrees.ToUtf8(pair.Item1, pair.Item2);
            var canonical = JsonCanonicalizer.Canonicalize(input);
            return JsonNode.DeepEquals(JsonNode.Parse(input), JsonNode.Parse(canonical));
        });
}
