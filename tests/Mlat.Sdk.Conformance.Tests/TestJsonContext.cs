using System.Text.Json.Serialization;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>
/// Source-generated metadata for the few plain values the tests themselves serialize (file lists for the npm peers,
/// escaped strings): reflection-based System.Text.Json is switched off in the test projects.
/// </summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class TestJsonContext : JsonSerializerContext
{
}
