using System.Text;
using System.Text.Json;
using Mlat.Sdk.Validation.Compiled;
using Mlat.Sdk.Validation.Schemas;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>
/// Differential half of issue 17 point 1 on the official JSON Schema Test Suite (draft 7): for every case the portable
/// profile allows (the same cases and profile filter as <see cref="JsonSchemaTestSuiteTests"/>), the compiled validator
/// on a <see cref="JsonElement"/> and the NJsonSchema path on Newtonsoft tokens give the same findings (code, pointer,
/// message, order) from one loaded schema. A schema the compiled validator refuses to compile fails the case.
/// </summary>
public sealed class CompiledValidatorSuiteDifferentialTests
{
    [RequiresTheory(Requirement.Vectors)]
    [MemberData(nameof(JsonSchemaTestSuiteTests.Cases), MemberType = typeof(JsonSchemaTestSuiteTests))]
    public void Compiled_validator_gives_the_njsonschema_findings_on_the_suite_case(string id)
    {
        var suiteCase = JsonSchemaTestSuiteTests.AllCases.Value.Single(c => c.Id == id);
        var schema = CompiledSchema.FromStandaloneJson(suiteCase.Schema);
        var oracle = SchemaValidator.Validate(SchemaValidator.ReadToken(Encoding.UTF8.GetBytes(suiteCase.Data), 64), schema);
        using var document = JsonDocument.Parse(suiteCase.Data);
        var compiled = CompiledSchemaValidator.Validate(document.RootElement, schema, 64);
        Assert.Equal(Render(oracle), Render(compiled));
        Assert.Equal(suiteCase.Valid, compiled.Count == 0); // and both agree with the suite (the wrapper's deviation list is empty)
    }

    private static string Render(IReadOnlyList<Finding> findings) =>
        string.Join('\n', findings.Select(f => $"{f.Code} {f.Pointer} [{f.Category}] {f.Message}"));
}
