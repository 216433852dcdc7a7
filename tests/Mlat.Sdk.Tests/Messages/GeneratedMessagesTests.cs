using FsCheck;
using FsCheck.Fluent;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Tests.Messages.Generators;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// Property: any instance of the C# model that respects the schema's member constraints serializes to JSON the
/// schema accepts, and reads back to an equal document. The generator is driven by the C# types, so a C# member the
/// schema does not know, or a serializer quirk (nulls written, wrong enum spelling, instant format), fails here.
/// </summary>
public sealed class GeneratedMessagesTests
{
    private static readonly string Latest = StandardCatalogue.MessageTypesByVersion.Keys.MaxBy(v => Version.Parse(v))!;

    private static readonly Dictionary<string, InstanceGen> Generators = StandardCatalogue.MessageTypesByVersion.Keys.ToDictionary(
        v => v,
        v => new InstanceGen(new SchemaFiles(Path.Combine(TestPaths.Schemas, v)), olderMinor: v != Latest),
        StringComparer.Ordinal);

    /// <summary>Every (version, message type) the SDK reads: a 1.0 message is generated from the 1.0 schemas only.</summary>
    public static TheoryData<string, string> MessageTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (version, types) in StandardCatalogue.MessageTypesByVersion.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var type in types.Order(StringComparer.Ordinal))
            {
                data.Add(version, type);
            }
        }

        return data;
    }

    [Fact]
    public void Every_message_type_of_the_model_is_in_the_latest_version()
        => Assert.Equal(Enum.GetNames<MessageType>().Order(StringComparer.Ordinal), StandardCatalogue.MessageTypesByVersion[Latest].Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(MessageTypes))]
    public void Generated_message_serializes_to_json_the_schema_accepts_and_reads_back_equal(string version, string typeName)
    {
        var gen = Generators[version];
        var type = Enum.Parse<MessageType>(typeName);
        var bodyType = typeof(MessageBody).Assembly.GetType("Mlat.Sdk.Messages." + typeName)!;
        var headers = gen.ForDefinition<MessageHeader>("envelope.schema.json", "Header");
        var bodies = gen.ForDefinition(bodyType, $"messages/{typeName}.schema.json", typeName).Select(b => (MessageBody)b!);
        var messages = from h in headers
                       from b in bodies
                       select new MlatMessage { Header = h with { MessageType = type }, Body = b };

        Prop.ForAll(messages.ToArbitrary(), message =>
        {
            var bytes = MlatJson.SerializeToUtf8Bytes(message);
            var report = MlatValidator.Default.Validate(bytes);

            // Random content respects the schema, not the business rules (MLAT-R-*, issue 3), which judge content.
            var errors = report.Findings.Where(f => f.Severity == FindingSeverity.Error && !f.Code.StartsWith("MLAT-R-", StringComparison.Ordinal))
                .Select(f => $"{f.Code} {f.Pointer}").ToList();
            using var document = System.Text.Json.JsonDocument.Parse(bytes);
            var again = errors.Count > 0 ? [] : MlatJson.SerializeToUtf8Bytes(report.Message ?? MlatJson.Bind(document.RootElement, type));
            return (errors.Count == 0 && report.Version?.ToString() == version && JsonCanonicalizer.Canonicalize(again).AsSpan().SequenceEqual(JsonCanonicalizer.Canonicalize(bytes)))
                .Label($"findings: {string.Join("; ", errors)}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }
}
