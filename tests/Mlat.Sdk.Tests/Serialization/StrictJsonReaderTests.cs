using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Tests.Serialization;

public sealed class StrictJsonReaderTests
{
    private const string Header = "\"header\":{\"version\":\"1.0\",\"messageType\":\"AssistanceRequest\"}";

    private static ReadResult Read(string json, ReaderLimits? limits = null)
        => StrictJsonReader.Read(Encoding.UTF8.GetBytes(json), limits ?? ReaderLimits.Default);

    private static ReadResult Read(byte[] utf8, ReaderLimits? limits = null)
        => StrictJsonReader.Read(utf8, limits ?? ReaderLimits.Default);

    private static (string Code, string Pointer)[] Findings(ReadResult result)
        => result.Findings.Select(f => (f.Code, f.Pointer)).ToArray();

    private static void AssertSingle(ReadResult result, string code, string pointer)
    {
        Assert.Equal([(code, pointer)], Findings(result));
        Assert.All(result.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    private static string Envelope(string body) => "{" + Header + ",\"body\":" + body + "}";

    [Fact]
    public void Well_formed_envelope_is_accepted_with_its_version_and_type()
    {
        using var result = Read(Envelope("{\"persons\":[{\"familyNames\":[\"A\"]}],\"n\":9007199254740992}"));

        Assert.Empty(result.Findings);
        Assert.NotNull(result.Document);
        Assert.Equal("1.0", result.Version);
        Assert.Equal("AssistanceRequest", result.MessageType);
        Assert.Equal("A", result.Document.RootElement.GetProperty("body").GetProperty("persons")[0].GetProperty("familyNames")[0].GetString());
    }

    [Fact]
    public void Duplicate_member_is_reported_at_its_second_occurrence()
    {
        using var result = Read(Envelope("{\"persons\":[{\"familyNames\":[\"A\"],\"givenNames\":[],\"familyNames\":[\"B\"]}]}"));

        AssertSingle(result, FindingCodes.JsonDuplicateMember, "/body/persons/0/familyNames");
        Assert.Null(result.Document);
    }

    [Fact]
    public void Duplicate_member_names_are_compared_after_unescaping()
    {
        using var result = Read(Envelope("{\"a\":1,\"\\u0061\":2}"));

        AssertSingle(result, FindingCodes.JsonDuplicateMember, "/body/a");
    }

    [Fact]
    public void Every_duplicate_in_the_document_is_reported()
    {
        using var result = Read(Envelope("{\"x\":{\"a\":1,\"a\":2},\"y\":[{\"b\":1,\"c\":2,\"b\":3,\"c\":4}]}"));

        Assert.Equal(
            [
                (FindingCodes.JsonDuplicateMember, "/body/x/a"),
                (FindingCodes.JsonDuplicateMember, "/body/y/0/b"),
                (FindingCodes.JsonDuplicateMember, "/body/y/0/c"),
            ],
            Findings(result));
    }

    [Fact]
    public void Same_name_in_sibling_and_nested_objects_is_not_a_duplicate()
    {
        using var result = Read(Envelope("{\"a\":{\"a\":{\"a\":1}},\"b\":[{\"a\":1},{\"a\":2}]}"));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Duplicate_in_a_large_object_is_found()
    {
        var members = Enumerable.Range(0, 100).Select(i => $"\"m{i}\":{i}").ToList();
        members.Insert(70, "\"m/~42\":0");
        members.Insert(90, "\"m\\/~42\":1");
        using var result = Read(Envelope("{" + string.Join(",", members) + "}"));

        AssertSingle(result, FindingCodes.JsonDuplicateMember, "/body/m~1~042");
    }

    [Fact]
    public void Large_object_without_duplicates_is_accepted()
    {
        var members = Enumerable.Range(0, 1000).Select(i => $"\"m{i}\":{i}");
        using var result = Read(Envelope("{" + string.Join(",", members) + "}"));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Nesting_one_level_beyond_the_limit_is_too_deep_at_the_first_deeper_value()
    {
        // The root object is depth 1, so "a" can hold 63 nested arrays at the default limit of 64.
        using var atLimit = Read("{\"a\":" + new string('[', 63) + new string(']', 63) + "}");
        using var beyond = Read("{\"a\":" + new string('[', 64) + new string(']', 64) + "}");

        Assert.DoesNotContain(atLimit.Findings, f => f.Code.StartsWith("MLAT-JSON-", StringComparison.Ordinal));
        Assert.NotNull(atLimit.Document);
        AssertSingle(beyond, FindingCodes.JsonTooDeep, "/a" + string.Concat(Enumerable.Repeat("/0", 63)));
    }

    [Fact]
    public void Depth_limit_is_configurable()
    {
        using var result = Read("{\"a\":{\"b\":[1]}}", new ReaderLimits { MaxDepth = 2 });

        AssertSingle(result, FindingCodes.JsonTooDeep, "/a/b");
    }

    [Fact]
    public void Hundred_thousand_nested_arrays_are_too_deep_without_parsing_them_all()
    {
        using var result = Read(new string('[', 100_000));

        Assert.Equal(
            [(FindingCodes.JsonRootNotObject, ""), (FindingCodes.JsonTooDeep, string.Concat(Enumerable.Repeat("/0", 64)))],
            Findings(result));
    }

    [Fact]
    public void Hundred_thousand_nested_objects_are_too_deep()
    {
        using var result = Read(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)));

        Assert.Equal([(FindingCodes.JsonTooDeep, string.Concat(Enumerable.Repeat("/a", 64)))], Findings(result));
    }

    [Fact]
    public void Escaped_lone_surrogate_in_a_member_value_is_reported()
    {
        using var result = Read(Envelope("{\"name\":\"x\\ud800\"}"));

        AssertSingle(result, FindingCodes.JsonLoneSurrogate, "/body/name");
    }

    [Fact]
    public void Escaped_lone_surrogate_in_a_member_name_is_reported()
    {
        using var result = Read(Envelope("{\"\\ud800\":1}"));

        AssertSingle(result, FindingCodes.JsonLoneSurrogate, "/body/\ud800");
    }

    [Theory]
    [InlineData("\"\\udc00\"")]
    [InlineData("\"\\ud800\\u0041\"")]
    [InlineData("\"\\ud800\\ud800\"")]
    [InlineData("\"\\ude02\\ud83d\"")]
    public void Unpaired_or_misordered_surrogates_are_lone(string value)
    {
        using var result = Read(Envelope("[" + value + "]"));

        AssertSingle(result, FindingCodes.JsonLoneSurrogate, "/body/0");
    }

    [Fact]
    public void Escaped_surrogate_pair_is_accepted()
    {
        using var result = Read(Envelope("{\"\\ud83d\\ude02\":\"\\uD83D\\uDE02\"}"));

        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("9007199254740992")]
    [InlineData("-9007199254740992")]
    [InlineData("1.5e300")]
    [InlineData("-1.7976931348623157e308")]
    [InlineData("9007199254740993.0")]
    [InlineData("1e-400")]
    [InlineData("0")]
    [InlineData("-0")]
    public void Numbers_within_range_are_accepted(string number)
    {
        using var result = Read(Envelope("{\"n\":" + number + "}"));

        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("9007199254740993")]
    [InlineData("-9007199254740993")]
    [InlineData("10000000000000000")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1.8e308")]
    public void Numbers_out_of_range_are_reported(string number)
    {
        using var result = Read(Envelope("{\"n\":[0," + number + "]}"));

        AssertSingle(result, FindingCodes.JsonNumberOutOfRange, "/body/n/1");
    }

    [Theory]
    [InlineData(new byte[] { (byte)'"', 0xFF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xC0, 0xAF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xE0, 0x80, 0xAF, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' })]
    [InlineData(new byte[] { (byte)'"', 0xE2, 0x82, (byte)'"' })]
    public void Invalid_UTF8_including_overlong_and_surrogate_encodings_is_reported(byte[] value)
    {
        var json = Encoding.UTF8.GetBytes(Envelope("{\"name\":")).Concat(value).Concat("}}"u8.ToArray()).ToArray();
        using var result = Read(json);

        AssertSingle(result, FindingCodes.JsonInvalidUtf8, "");
        Assert.Null(result.Document);
    }

    [Fact]
    public void UTF8_byte_order_mark_is_rejected_as_invalid_UTF8()
    {
        using var result = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Envelope("{}"))]);

        AssertSingle(result, FindingCodes.JsonInvalidUtf8, "");
    }

    [Theory]
    [InlineData("{\"header\":{\"version\":\"1.0\"", "/header/version")]
    [InlineData("{\"header\":{\"version\":\"1.0\",\"messageType\":\"StatusQuery\"},\"body\":{\"a\":1,}}", "/body/a")]
    [InlineData("{\"body\":{\"a\":[1,2,]}}", "/body/a/1")]
    [InlineData("{\"body\":{\"a\":1 /* comment */}}", "/body/a")]
    [InlineData("{\"body\":{\"a\":1} // comment\n}", "/body")]
    [InlineData("{\"a\":tru}", "/a")]
    [InlineData("{\"a\":1}{\"b\":2}", "")]
    [InlineData("{\"a\":'x'}", "/a")]
    [InlineData("{\"a\":\"\t\"}", "/a")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Malformed_JSON_is_reported_at_the_pointer_reached(string json, string pointer)
    {
        using var result = Read(json);

        AssertSingle(result, FindingCodes.JsonMalformed, pointer);
        Assert.Null(result.Document);
    }

    [Fact]
    public void Findings_before_a_syntax_error_are_kept_and_reading_stops_there()
    {
        using var result = Read("{\"a\":1,\"a\":2,\"b\":[1e400,\"\\ud800\"],\"c\":[1,,2],\"c\":1}");

        Assert.Equal(
            [
                (FindingCodes.JsonDuplicateMember, "/a"),
                (FindingCodes.JsonNumberOutOfRange, "/b/0"),
                (FindingCodes.JsonLoneSurrogate, "/b/1"),
                (FindingCodes.JsonMalformed, "/c/0"),
            ],
            Findings(result));
    }

    [Fact]
    public void Malformed_finding_message_does_not_quote_the_input()
    {
        using var result = Read("{\"name\": Confidential-Witness}");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCodes.JsonMalformed, finding.Code);
        Assert.DoesNotContain("Confidential", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"header\":{}}]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Root_that_is_not_an_object_is_reported(string json)
    {
        using var result = Read(json);

        AssertSingle(result, FindingCodes.JsonRootNotObject, "");
        Assert.Null(result.Document);
    }

    [Theory]
    [InlineData("{\"body\":{}}")]
    [InlineData("{\"header\":\"1.0\"}")]
    public void Missing_header_is_reported_as_missing_version_only(string json)
    {
        using var result = Read(json);

        AssertSingle(result, FindingCodes.VersionMissing, "/header/version");
        Assert.NotNull(result.Document);
    }

    [Theory]
    [InlineData("{\"header\":{\"messageType\":\"StatusQuery\"}}")]
    [InlineData("{\"header\":{\"version\":1.0,\"messageType\":\"StatusQuery\"}}")]
    [InlineData("{\"header\":{\"version\":null,\"messageType\":\"StatusQuery\"}}")]
    public void Missing_or_non_string_version_is_reported(string json)
    {
        using var result = Read(json);

        AssertSingle(result, FindingCodes.VersionMissing, "/header/version");
        Assert.Equal("StatusQuery", result.MessageType);
    }

    [Theory]
    [InlineData("9.9")]
    [InlineData("1.00")]
    [InlineData("")]
    public void Unsupported_version_is_reported(string version)
    {
        using var result = Read("{\"header\":{\"version\":\"" + version + "\",\"messageType\":\"NoSuchType\"}}");

        AssertSingle(result, FindingCodes.VersionUnsupported, "/header/version");
        Assert.Equal(version, result.Version);
    }

    [Theory]
    [InlineData("{\"header\":{\"version\":\"1.0\"}}")]
    [InlineData("{\"header\":{\"version\":\"1.0\",\"messageType\":[\"StatusQuery\"]}}")]
    public void Missing_message_type_is_reported(string json)
    {
        using var result = Read(json);

        AssertSingle(result, FindingCodes.TypeMissing, "/header/messageType");
    }

    [Theory]
    [InlineData("NoSuchType")]
    [InlineData("statusQuery")]
    [InlineData("ProductionOrder")]
    public void Message_type_unknown_to_the_version_is_reported(string type)
    {
        using var result = Read("{\"header\":{\"version\":\"1.0\",\"messageType\":\"" + type + "\"}}");

        AssertSingle(result, FindingCodes.TypeUnknown, "/header/messageType");
        Assert.Equal(type, result.MessageType);
    }

    [Fact]
    public void Version_catalogue_is_an_input()
    {
        var catalogue = new Dictionary<string, IReadOnlySet<string>> { ["1.1"] = new HashSet<string> { "ProductionOrder" } };
        using var known = StrictJsonReader.Read(Encoding.UTF8.GetBytes("{\"header\":{\"version\":\"1.1\",\"messageType\":\"ProductionOrder\"}}"), ReaderLimits.Default, catalogue);
        using var unknown = StrictJsonReader.Read(Encoding.UTF8.GetBytes(Envelope("{}")), ReaderLimits.Default, catalogue);

        Assert.Empty(known.Findings);
        AssertSingle(unknown, FindingCodes.VersionUnsupported, "/header/version");
    }

    [Fact]
    public void All_sixteen_message_types_of_1_0_are_known()
    {
        Assert.Equal(16, StandardCatalogue.MessageTypesByVersion["1.0"].Count);
        foreach (var type in StandardCatalogue.MessageTypesByVersion["1.0"])
        {
            using var result = Read("{\"header\":{\"version\":\"1.0\",\"messageType\":\"" + type + "\"}}");
            Assert.Empty(result.Findings);
        }
    }

    [Fact]
    public void Version_1_1_knows_every_1_0_type_and_the_seven_added_ones_which_1_0_rejects()
    {
        var added = StandardCatalogue.MessageTypesByVersion["1.1"].Except(StandardCatalogue.MessageTypesByVersion["1.0"]).Order(StringComparer.Ordinal).ToArray();

        Assert.Superset(StandardCatalogue.MessageTypesByVersion["1.0"].ToHashSet(), StandardCatalogue.MessageTypesByVersion["1.1"].ToHashSet());
        Assert.Equal(["ImpossibilityNotice", "InterceptionNotification", "InterceptionObjection", "PreservationExtension", "PreservationOrder", "ProductionOrder", "SubsequentProductionConfirmation"], added);
        foreach (var type in added)
        {
            using var v11 = Read("{\"header\":{\"version\":\"1.1\",\"messageType\":\"" + type + "\"}}");
            using var v10 = Read("{\"header\":{\"version\":\"1.0\",\"messageType\":\"" + type + "\"}}");
            Assert.Empty(v11.Findings);
            AssertSingle(v10, FindingCodes.TypeUnknown, "/header/messageType");
        }
    }

    [Fact]
    public void Input_of_seventeen_megabytes_is_too_large_before_parsing()
    {
        // Nested arrays: had the bytes been parsed, the finding would be TOO-DEEP.
        var json = new byte[17 * 1024 * 1024];
        json.AsSpan().Fill((byte)'[');
        using var result = Read(json);

        AssertSingle(result, FindingCodes.JsonTooLarge, "");
    }

    [Fact]
    public void Input_of_exactly_the_maximum_size_is_read()
    {
        var json = Encoding.UTF8.GetBytes(Envelope("{}"));
        using var exact = Read(json, new ReaderLimits { MaxBytes = json.Length });
        using var over = Read(json, new ReaderLimits { MaxBytes = json.Length - 1 });

        Assert.Empty(exact.Findings);
        AssertSingle(over, FindingCodes.JsonTooLarge, "");
    }

    [Fact]
    public void Hundred_megabyte_stream_is_too_large_after_reading_at_most_the_limit_plus_one_byte()
    {
        using var stream = new EndlessStream(100L * 1024 * 1024);
        using var result = StrictJsonReader.Read(stream, ReaderLimits.Default);

        AssertSingle(result, FindingCodes.JsonTooLarge, "");
        Assert.Equal(ReaderLimits.DefaultMaxBytes + 1, stream.BytesRead);
    }

    [Fact]
    public async Task Hundred_megabyte_stream_read_asynchronously_is_too_large_after_at_most_the_limit_plus_one_byte()
    {
        var limits = new ReaderLimits { MaxBytes = 1_000_000 };
        using var stream = new EndlessStream(100L * 1024 * 1024);
        using var result = await StrictJsonReader.ReadAsync(stream, limits);

        AssertSingle(result, FindingCodes.JsonTooLarge, "");
        Assert.Equal(limits.MaxBytes + 1, stream.BytesRead);
    }

    [Fact]
    public async Task Stream_read_asynchronously_gives_the_findings_of_the_same_bytes_in_memory()
    {
        var json = Encoding.UTF8.GetBytes(Envelope("{\"a\":[1e400],\"b\":{\"c\":1,\"c\":2}}"));
        using var fromMemory = Read(json);
        using var fromStream = await StrictJsonReader.ReadAsync(new NonSeekableStream(json), ReaderLimits.Default);

        Assert.Equal(2, fromStream.Findings.Count);
        Assert.Equal(Findings(fromMemory), Findings(fromStream));
    }

    [Fact]
    public void Stream_is_read_like_the_same_bytes_in_memory()
    {
        var json = Encoding.UTF8.GetBytes(Envelope("{\"a\":1,\"a\":2}"));
        using var fromMemory = Read(json);
        using var fromStream = StrictJsonReader.Read(new NonSeekableStream(json), ReaderLimits.Default);
        using var valid = StrictJsonReader.Read(new NonSeekableStream(Encoding.UTF8.GetBytes(Envelope("{\"a\":1}"))), ReaderLimits.Default);

        Assert.Equal(Findings(fromMemory), Findings(fromStream));
        Assert.Empty(valid.Findings);
        Assert.Equal(1, valid.Document!.RootElement.GetProperty("body").GetProperty("a").GetInt32());
    }

    [Fact]
    public void Seekable_stream_longer_than_the_limit_is_too_large_without_being_read()
    {
        using var stream = new MemoryStream(new byte[1000]);
        using var result = StrictJsonReader.Read(stream, new ReaderLimits { MaxBytes = 999 });

        AssertSingle(result, FindingCodes.JsonTooLarge, "");
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData(0, 64)]
    [InlineData(-1, 64)]
    [InlineData(1024, 0)]
    [InlineData(1024, 1001)]
    public void Limits_out_of_range_are_misuse(int maxBytes, int maxDepth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReaderLimits { MaxBytes = maxBytes, MaxDepth = maxDepth });
    }

    [Fact]
    public void Default_limits_are_16_MiB_and_depth_64()
    {
        Assert.Equal(16 * 1024 * 1024, ReaderLimits.Default.MaxBytes);
        Assert.Equal(64, ReaderLimits.Default.MaxDepth);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => StrictJsonReader.Read(ReadOnlyMemory<byte>.Empty, null!));
        Assert.Throws<ArgumentNullException>(() => StrictJsonReader.Read((Stream)null!, ReaderLimits.Default));
        Assert.Throws<ArgumentNullException>(() => StrictJsonReader.Read(ReadOnlyMemory<byte>.Empty, ReaderLimits.Default, null!));
    }

    [Property(MaxTest = 300)]
    public Property Any_object_with_unique_member_names_is_accepted() =>
        Prop.ForAll(Arb.From(Gen.Zip(JsonTrees.Object, JsonTrees.Style)), pair =>
        {
            using var result = Read(Envelope(JsonTrees.Write(pair.Item1, pair.Item2)));
            return result.Findings.Count == 0 && result.Document is not null;
        });

    // A JSON number in one of the spellings a writer may choose: sign, integer digits, an optional fraction (trailing
    // zeros kept) and an optional exponent in either case and sign.
    private static readonly Gen<string> NumberSpelling =
        from negative in Gen.Elements(false, false, true)
        from integer in Gen.OneOf(Gen.Choose(0, 9), Gen.Choose(0, 1_000_000))
        from fraction in Gen.OneOf(Gen.Constant(""), Gen.Elements("0", "5", "50", "25", "000", "0001"))
        from exponent in Gen.OneOf(Gen.Constant(""), Gen.Elements("e0", "E2", "e+3", "e-7", "e21", "e-1"))
        select (negative ? "-" : "") + integer.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (fraction.Length > 0 ? "." + fraction : "") + exponent;

    [Property(MaxTest = 500)]
    public Property The_non_canonical_number_flag_is_set_exactly_when_a_number_differs_from_its_RFC_8785_form() =>
        Prop.ForAll(Arb.From(Gen.ListOf(NumberSpelling).Select(l => l.Take(6).ToArray())), numbers =>
        {
            var body = "{\"n\":[" + string.Join(",", numbers) + "],\"o\":{\"m\":" + (numbers.Length > 0 ? numbers[^1] : "1") + "}}";
            using var result = Read(Envelope(body));
            Assert.True(result.IsSuccess);

            // The definition: some number's received bytes are not what the canonicalizer writes for it.
            var items = result.Document!.RootElement.GetProperty("body").GetProperty("n").EnumerateArray()
                .Append(result.Document.RootElement.GetProperty("body").GetProperty("o").GetProperty("m"));
            var expected = items.Any(e => !System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(e).SequenceEqual(JsonCanonicalizer.Canonicalize(e)));
            return result.HasNonCanonicalNumber == expected;
        });

    [Property(MaxTest = 300)]
    public Property The_compact_flag_agrees_with_a_scan_for_whitespace_outside_strings() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Zip(JsonTrees.Object, JsonTrees.Style), Gen.Zip(Gen.Choose(-1, 200), Gen.Elements(" ", "\t", "\n", "\r\n")))), t =>
        {
            var text = Envelope(JsonTrees.Write(t.Item1.Item1, t.Item1.Item2));

            // Sometimes one more whitespace at a token boundary (after a structural character outside strings).
            var boundaries = Scan(text).Boundaries;
            if (t.Item2.Item1 >= 0 && boundaries.Count > 0)
            {
                text = text.Insert(boundaries[t.Item2.Item1 % boundaries.Count], t.Item2.Item2);
            }

            using var result = Read(text);
            return result.IsSuccess && result.IsCompact == !Scan(text).Whitespace;
        });

    // The definition: whitespace outside strings, and the positions just after a structural character outside strings.
    private static (bool Whitespace, List<int> Boundaries) Scan(string text)
    {
        var inString = false;
        var whitespace = false;
        var boundaries = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is ' ' or '\t' or '\n' or '\r')
            {
                whitespace = true;
            }
            else if (c is ',' or ':' or '[' or '{' or ']' or '}')
            {
                boundaries.Add(i + 1);
            }
        }

        return (whitespace, boundaries);
    }

    [Theory]
    [InlineData("{\"a\":1,\"b\":[1,2,{\"c\":\"x y\\n\"}]}", true)]
    [InlineData("{\"a\":\" \"}", true)]
    [InlineData(" {\"a\":1}", false)]
    [InlineData("{\"a\":1} ", false)]
    [InlineData("{\"a\":1}\n", false)]
    [InlineData("{\"a\" :1}", false)]
    [InlineData("{\"a\": 1}", false)]
    [InlineData("{\"a\":[1, 2]}", false)]
    [InlineData("{\n\"a\":1}", false)]
    [InlineData("{\"a\":{}\t}", false)]
    [InlineData("{\"a\":1 }", false)]
    [InlineData("{\"a\":\"x\" }", false)]
    [InlineData("{\"a\":true ,\"b\":1}", false)]
    [InlineData("{\"a\\u0020\":\"\\u00e9\",\"b\":null}", true)]
    [InlineData("{\"a\\u0020\" :\"\\u00e9\"}", false)]
    public void The_strict_read_says_whether_the_text_has_whitespace_outside_strings(string json, bool compact)
    {
        using var result = Read(json);

        Assert.DoesNotContain(result.Findings, f => f.Code.StartsWith("MLAT-JSON", StringComparison.Ordinal));
        Assert.NotNull(result.Document);
        Assert.Equal(compact, result.IsCompact);
    }

    [Theory]
    [InlineData("{\"n\":3}", false)]
    [InlineData("{\"n\":3.0}", true)]
    [InlineData("{\"n\":[1,2,{\"x\":1e0}]}", true)]
    [InlineData("{\"n\":\"3.0\"}", false)]
    public void The_strict_read_says_whether_a_number_is_not_in_its_RFC_8785_spelling(string body, bool expected)
    {
        using var result = Read(Envelope(body));

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.HasNonCanonicalNumber);
    }

    // Member names from a small alphabet, so that objects of up to 40 members (past the linear-scan limit of 16)
    // often repeat one; each name spelled plainly or with its characters escaped (\u0061 for a, \u00e9 for é).
    private static readonly Gen<string> DifferentialObject =
        from count in Gen.Choose(0, 40)
        from names in Gen.ArrayOf(Gen.Elements("a", "b", "é", "ab", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "x/y", "~"), count)
        from escapes in Gen.ArrayOf(Gen.Elements(false, false, true), count)
        from nested in Gen.ArrayOf(Gen.Elements(false, false, false, true), count)
        select "{" + string.Join(",", names.Select((name, i) =>
            "\"" + (i < escapes.Length && escapes[i] ? string.Concat(name.Select(c => $"\\u{(int)c:x4}")) : name) + "\":"
            + (i < nested.Length && nested[i] ? "{\"" + name + "\":1,\"" + name + "\":2}" : i.ToString(System.Globalization.CultureInfo.InvariantCulture)))) + "}";

    [Property(MaxTest = 1000)]
    public Property The_duplicate_check_gives_the_verdict_of_JsonDocument_own_check() =>
        Prop.ForAll(Arb.From(DifferentialObject), body =>
        {
            var json = Envelope(body);
            bool expected;
            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { AllowDuplicateProperties = false });
                expected = false;
            }
            catch (System.Text.Json.JsonException)
            {
                expected = true;
            }

            using var result = Read(json);
            var found = result.Findings.Any(f => f.Code == FindingCodes.JsonDuplicateMember);
            return found == expected && (found || result.IsSuccess);
        });

    [Property(MaxTest = 300)]
    public Property Duplicate_inserted_anywhere_is_reported_at_its_pointer() =>
        Prop.ForAll(Arb.From(DocumentWithDuplicate), sample =>
        {
            using var result = Read(Envelope(JsonTrees.Write(sample.Tree, sample.Style)));
            return Findings(result).SequenceEqual([(FindingCodes.JsonDuplicateMember, "/body" + sample.Pointer)]);
        });

    /// <summary>A generated object in which one member name of one (nested) object appears a second time.</summary>
    private static Gen<(JsonTree Tree, JsonStyle Style, string Pointer)> DocumentWithDuplicate =>
        from root in JsonTrees.Object.Where(o => Objects(o, "").Any(x => x.Map.Members.Count > 0))
        from style in JsonTrees.Style
        let targets = Objects(root, "").Where(x => x.Map.Members.Count > 0).ToArray()
        from which in Gen.Choose(0, targets.Length - 1)
        from member in Gen.Choose(0, targets[which].Map.Members.Count - 1)
        from extra in Gen.Choose(0, targets[which].Map.Members.Count - member - 1)
        select Insert(root, targets[which].Map, member, member + 1 + extra, style);

    private static (JsonTree, JsonStyle, string) Insert(JsonMap root, JsonMap target, int member, int position, JsonStyle style)
    {
        var name = target.Members[member].Key;
        var pointer = Objects(root, "").First(x => ReferenceEquals(x.Map, target)).Pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        return (Replace(root, target), style, pointer);

        JsonTree Replace(JsonTree tree, JsonMap map) => tree switch
        {
            JsonMap m when ReferenceEquals(m, map) => new JsonMap([.. m.Members.Take(position), KeyValuePair.Create(name, (JsonTree)new JsonLiteral("null")), .. m.Members.Skip(position)]),
            JsonMap m => new JsonMap(m.Members.Select(p => KeyValuePair.Create(p.Key, Replace(p.Value, map))).ToArray()),
            JsonList l => new JsonList(l.Items.Select(i => Replace(i, map)).ToArray()),
            _ => tree,
        };
    }

    private static IEnumerable<(JsonMap Map, string Pointer)> Objects(JsonTree tree, string pointer)
    {
        switch (tree)
        {
            case JsonMap map:
                yield return (map, pointer);
                foreach (var (key, value) in map.Members)
                {
                    foreach (var inner in Objects(value, pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    foreach (var inner in Objects(list.Items[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>A non-seekable stream of <c>[</c> bytes of a given length, produced on demand; counts what was read.</summary>
    private sealed class EndlessStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)'[');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Serves bytes in small, uneven chunks without seeking, as a network stream would.</summary>
    private sealed class NonSeekableStream(byte[] data) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 7), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
