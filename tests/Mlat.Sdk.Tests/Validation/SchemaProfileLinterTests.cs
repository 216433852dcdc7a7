using System.Text.Json;

namespace Mlat.Sdk.Tests.Validation;

/// <summary>specification §4: every schema file stays inside the portable profile; the linter's own rules are proven on small bad schemas.</summary>
public class SchemaProfileLinterTests
{
    private const string File = "9.9/messages/T.schema.json";

    [Fact]
    public void Every_schema_file_of_the_repository_is_inside_the_portable_profile()
    {
        var files = Directory.GetFiles(TestPaths.Schemas, "*.schema.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(TestPaths.Schemas, f).Replace('\\', '/'), f => JsonDocument.Parse(System.IO.File.ReadAllText(f)).RootElement, StringComparer.Ordinal);

        Assert.NotEmpty(files);
        var violations = new SchemaProfileLinter(files).Lint();
        Assert.True(violations.Count == 0, "Portable profile violations:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Minimal_well_formed_schema_passes() =>
        Assert.Empty(Lint("'type':'object','additionalProperties':false,'required':['a'],'properties':{'a':{'type':'string','pattern':'^[0-9]{4}-[0-9]{2}-[0-9]{2}$','format':'date'},'b':{'$ref':'#/definitions/D'},'c':{'type':'array','minItems':1,'uniqueItems':true,'items':{'$ref':'#/definitions/D'}}},'definitions':{'D':{'type':'string','enum':['X']}}"));

    [Theory]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'const':'x'", "/const")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'if':{'type':'object'}", "/if")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'then':{'type':'object'}", "/then")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'else':{'type':'object'}", "/else")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'dependencies':{}", "/dependencies")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'propertyNames':{'type':'string'}", "/propertyNames")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'allOf':[]", "/allOf")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{},'x-extra':1", "/x-extra")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'array','items':{'type':'string'},'contains':{'type':'string'}}}", "/properties/a/contains")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'$id':'https://w3id.org/mlat/schemas/x','type':'string'}}", "/properties/a/$id")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':true}", "/properties/a")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':['string','null']}}", "/properties/a/type")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'null'}}", "/properties/a/type")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'description':'no type'}}", "/properties/a")]
    [InlineData("'type':'object','properties':{}", "")]
    [InlineData("'type':'object','additionalProperties':{'type':'string'},'properties':{}", "")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'$ref':'#/definitions/D','description':'sibling'}},'definitions':{'D':{'type':'string'}}", "/properties/a")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'$ref':'https://example.org/x.schema.json#/definitions/D'}}", "/properties/a/$ref")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'$ref':'#/properties/b'}}", "/properties/a/$ref")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'$ref':'#/definitions/Missing'}}", "/properties/a/$ref")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'array','items':[{'type':'string'}]}}", "/properties/a/items")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'array','minItems':0,'items':{'type':'string'}}}", "/properties/a/minItems")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'array','maxItems':0,'items':{'type':'string'}}}", "/properties/a/maxItems")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'array','uniqueItems':true,'items':{'type':'integer'}}}", "/properties/a/uniqueItems")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','enum':['A',1]}}", "/properties/a/enum")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'integer','enum':['1']}}", "/properties/a/enum")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','pattern':'[0-9]+'}}", "/properties/a/pattern")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','pattern':'^\\\\d+$'}}", "/properties/a/pattern")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','pattern':'^(?=a)a$'}}", "/properties/a/pattern")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','format':'date'}}", "/properties/a/format")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','format':'hostname','pattern':'^a$'}}", "/properties/a/format")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','minLength':-1}}", "/properties/a/minLength")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'number','minimum':1}}", "/properties/a/minimum")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'integer','maximum':1.5}}", "/properties/a/maximum")]
    [InlineData("'type':'object','additionalProperties':false,'required':['b'],'properties':{}", "/required/0")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'object','oneOf':[{'type':'object','additionalProperties':false,'required':['k'],'properties':{'k':{'type':'string'}}}]}}", "/properties/a/oneOf/0")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'object','anyOf':[{'type':'object','additionalProperties':false,'properties':{'k':{'type':'string','enum':['K']}}}]}}", "/properties/a/anyOf/0")]
    [InlineData("'type':'object','additionalProperties':false,'properties':{'a':{'type':'string','minItems':1}}", "/properties/a/minItems")]
    public void Linter_reports_each_rule_at_the_offending_pointer(string body, string pointer)
    {
        var violations = Lint(body);
        Assert.Contains(violations, v => v.StartsWith($"{File}#{pointer}:", StringComparison.Ordinal));
    }

    [Fact]
    public void Root_must_declare_draft_07_and_its_canonical_id()
    {
        var violations = SchemaProfileLinter.LintText(File, J("{'$schema':'http://json-schema.org/draft-04/schema#','$id':'https://example.org/T','type':'object','additionalProperties':false,'properties':{}}"));
        Assert.Contains(violations, v => v.StartsWith(File + "#/$schema:", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith(File + "#/$id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Reference_may_not_leave_the_release_folder()
    {
        var other = ("8.8/common/types.schema.json", J("{'$schema':'" + SchemaProfileLinter.Draft7 + "','$id':'https://w3id.org/mlat/schemas/8.8/common/types.schema.json','definitions':{'D':{'type':'string'}}}"));
        var violations = SchemaProfileLinter.LintText(File, Wrap("'type':'object','additionalProperties':false,'properties':{'a':{'$ref':'../../8.8/common/types.schema.json#/definitions/D'}}"), other);
        Assert.Contains(violations, v => v.StartsWith(File + "#/properties/a/$ref:", StringComparison.Ordinal));
    }

    [Fact]
    public void Unique_items_follows_references_to_decide_the_item_type()
    {
        var common = ("9.9/common/types.schema.json", J("{'$schema':'" + SchemaProfileLinter.Draft7 + "','$id':'https://w3id.org/mlat/schemas/9.9/common/types.schema.json','definitions':{'S':{'type':'string'},'O':{'type':'integer'}}}"));
        Assert.Empty(SchemaProfileLinter.LintText(File, Wrap("'type':'object','additionalProperties':false,'properties':{'a':{'type':'array','uniqueItems':true,'items':{'$ref':'../common/types.schema.json#/definitions/S'}}}"), common));
        Assert.NotEmpty(SchemaProfileLinter.LintText(File, Wrap("'type':'object','additionalProperties':false,'properties':{'a':{'type':'array','uniqueItems':true,'items':{'$ref':'../common/types.schema.json#/definitions/O'}}}"), common));
    }

    [Fact]
    public void Envelope_extensions_is_the_only_open_object()
    {
        const string Envelope = "9.9/envelope.schema.json";
        var open = J("{'$schema':'" + SchemaProfileLinter.Draft7 + "','$id':'https://w3id.org/mlat/schemas/" + Envelope + "','definitions':{'Extensions':{'type':'object'},'Other':{'type':'object'}}}");
        var violations = SchemaProfileLinter.LintText(Envelope, open);
        Assert.Equal([$"{Envelope}#/definitions/Other"], violations.Select(v => v[..v.IndexOf(':', StringComparison.Ordinal)]).Distinct());
    }

    private static IReadOnlyList<string> Lint(string body) => SchemaProfileLinter.LintText(File, Wrap(body));

    private static string Wrap(string body) =>
        J("{'$schema':'" + SchemaProfileLinter.Draft7 + "','$id':'https://w3id.org/mlat/schemas/" + File + "'," + body + "}");

    private static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
