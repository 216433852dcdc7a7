using System.Text;
using System.Text.Json;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Tests.Validation;

/// <summary>Small in-memory schema releases for loader and validator tests.</summary>
internal static class SchemaTestKit
{
    public const string Draft7 = "http://json-schema.org/draft-07/schema#";

    /// <summary>Builds a release "9.9" from files; index.json is generated from messages/*.schema.json.</summary>
    public static SchemaRelease Release(IReadOnlyDictionary<string, string> files, TimeSpan? patternTimeout = null) =>
        SchemaRelease.Load("9.9", WithIndex(files), patternTimeout);

    public static Dictionary<string, string> WithIndex(IReadOnlyDictionary<string, string> files)
    {
        var all = new Dictionary<string, string>(files, StringComparer.Ordinal);
        var types = files.Keys.Where(k => k.StartsWith("messages/", StringComparison.Ordinal))
            .ToDictionary(k => k["messages/".Length..^".schema.json".Length], k => k);
        all["index.json"] = "{\"version\":\"9.9\",\"messageTypes\":" + JsonSerializer.Serialize(types, TestJsonContext.Default.DictionaryStringString) + "}";
        return all;
    }

    /// <summary>A release with one message type "T" whose schema is <paramref name="messageSchema"/>.</summary>
    public static SchemaValidator ValidatorFor(string messageSchema, TimeSpan? patternTimeout = null, Dictionary<string, string>? extra = null)
    {
        var files = new Dictionary<string, string>(extra ?? [], StringComparer.Ordinal) { ["messages/T.schema.json"] = messageSchema };
        return new SchemaValidator(SchemaCatalog.FromReleases(Release(files, patternTimeout)));
    }

    public static IReadOnlyList<Finding> Validate(this SchemaValidator validator, string json) =>
        validator.Validate(Encoding.UTF8.GetBytes(json), "9.9", "T");

    public static (string Code, string Pointer)[] Pairs(this IReadOnlyList<Finding> findings) =>
        findings.Select(f => (f.Code, f.Pointer)).ToArray();
}
