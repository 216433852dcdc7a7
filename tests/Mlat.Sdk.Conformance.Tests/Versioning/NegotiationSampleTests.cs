using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Versioning;
using NJsonSchema;

namespace Mlat.Sdk.Conformance.Tests.Versioning;

/// <summary>
/// samples/negotiation: two capabilities documents and a message type → the expected version (and down-conversion
/// source) or error code, and reason codes that must appear (specification §10.4, §14.2). Language-neutral data: reason codes
/// are written UPPER_SNAKE as in <c>mlat negotiate --format json</c>.
/// </summary>
public sealed class NegotiationSampleTests
{
    private static string Folder => Path.Combine(TestPaths.Samples, "negotiation");

    private static string[] Names => Directory.EnumerateFiles(Folder, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Cases() => new(Names);

    [Fact]
    public void There_are_at_least_fifteen_cases_covering_every_required_situation()
    {
        var names = Names;
        Assert.True(names.Length >= 15);
        foreach (var topic in new[] { "equal-sets", "disjoint", "preview", "minimum", "deprecated", "malformed-version", "unknown-message-type", "must-understand-extension-missing", "down-conversion-rescue" })
        {
            Assert.Contains(names, n => n.Contains(topic, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Negotiation_gives_the_expected_result(string name)
    {
        var case_ = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!.AsObject();
        var sender = Read(case_["sender"]!);
        var receiver = Read(case_["receiver"]!);
        var today = DateOnly.Parse((string)case_["today"]!, System.Globalization.CultureInfo.InvariantCulture);
        var negotiator = new VersionNegotiator(new FixedTime(new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)));
        var typeName = (string)case_["messageType"]!;
        var request = new NegotiationRequest
        {
            Sender = sender,
            Receiver = receiver,
            MessageType = Enum.IsDefined(typeof(MessageType), typeName) ? Enum.Parse<MessageType>(typeName) : default,
            MustUnderstand = case_["mustUnderstand"]?.AsArray().Select(v => (string)v!).ToArray() ?? [],
            ConversationVersion = case_["conversationVersion"] is { } c ? MlatVersion.Parse((string)c!) : null,
        };

        // A case may name a type no release defines (a newer peer's): only the name-based core can be asked about it.
        var result = Enum.IsDefined(request.MessageType) ? negotiator.Negotiate(request) : negotiator.Negotiate(request, typeName);

        var expected = case_["expected"]!;
        Assert.Equal((string?)expected["version"], result.Version?.ToString());
        Assert.Equal((string?)expected["convertFrom"], result.ConvertFrom?.ToString());
        Assert.Equal(expected["error"] is { } e ? [(string)e!] : Array.Empty<string>(), result.Findings.Select(f => f.Code).Distinct());
        var reasons = result.Reasons.Select(r => Snake(r.Code.ToString())).ToHashSet(StringComparer.Ordinal);
        foreach (var reason in expected["reasons"]?.AsArray().Select(v => (string)v!) ?? [])
        {
            Assert.Contains(reason, reasons);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Capabilities_documents_are_schema_valid_unless_the_case_tests_leniency(string name)
    {
        var case_ = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")))!.AsObject();
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(TestPaths.Schemas, "capabilities", "1.0", "capabilities.schema.json")));
        var errors = new[] { "sender", "receiver" }.SelectMany(side => schema.Validate(case_[side]!.ToJsonString()).Select(e => side + e.Path + " " + e.Kind)).ToList();

        if (case_["capabilitiesSchemaValid"]?.GetValue<bool>() == false)
        {
            Assert.NotEmpty(errors); // the case is about what a lenient reader ignores, so a writer must not produce it
        }
        else
        {
            Assert.Empty(errors);
        }
    }

    private static CapabilitiesDocument Read(JsonNode node)
    {
        var result = CapabilitiesReader.Read(Encoding.UTF8.GetBytes(node.ToJsonString()));
        Assert.Empty(result.Findings);
        return result.Document!;
    }

    private static string Snake(string pascal)
        => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
