using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mlat.Sdk.Tests.Validation;

/// <summary>
/// Checks schema files against the portable schema profile (specification §4), so that NJsonSchema 11.6.2 (draft-04
/// semantics), ajv 8 and python-jsonschema read every schema the same way. Works on raw JSON, not on a validator's
/// object model, so a keyword a validator silently ignores is still seen.
/// </summary>
internal sealed class SchemaProfileLinter
{
    public const string Draft7 = "http://json-schema.org/draft-07/schema#";
    public const string IdBase = "https://w3id.org/mlat/schemas/";

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$ref", "definitions", "title", "description", "examples", "$comment", "default",
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems",
        "enum", "pattern", "format", "minLength", "maxLength", "minimum", "maximum", "oneOf", "anyOf",
    };

    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "title", "description", "examples", "$comment", "definitions" };
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "string", "integer", "number", "boolean", "object", "array" };
    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "date", "date-time", "uuid", "email", "uri" };

    /// <summary>The one open object of the standard: envelope extensions (specification §2.4, the must-ignore zone).</summary>
    private static readonly (string FileSuffix, string Pointer) OpenObject = ("envelope.schema.json", "/definitions/Extensions");

    private static readonly Regex RefPattern = new("^(?<file>([A-Za-z0-9_-]+|\\.\\.|\\.)(/([A-Za-z0-9_-]+|\\.\\.))*\\.schema\\.json)?#/definitions/[A-Za-z0-9_]+$", RegexOptions.CultureInvariant);

    private readonly IReadOnlyDictionary<string, JsonElement> _files;
    private readonly List<string> _violations = [];

    /// <param name="files">Path relative to the schemas folder (for example <c>1.0/messages/X.schema.json</c>) → parsed root.</param>
    public SchemaProfileLinter(IReadOnlyDictionary<string, JsonElement> files)
    {
        _files = files;
    }

    /// <summary>Each violation as "file#pointer: reason".</summary>
    public IReadOnlyList<string> Lint()
    {
        foreach (var (file, root) in _files.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            LintRoot(file, root);
        }

        return _violations;
    }

    /// <summary>Convenience for tests: lints one file named <paramref name="file"/> plus optional siblings.</summary>
    public static IReadOnlyList<string> LintText(string file, string json, params (string File, string Json)[] others)
    {
        var files = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { [file] = JsonDocument.Parse(json).RootElement };
        foreach (var (f, j) in others)
        {
            files[f] = JsonDocument.Parse(j).RootElement;
        }

        return new SchemaProfileLinter(files).Lint().Where(v => v.StartsWith(file + "#", StringComparison.Ordinal)).ToList();
    }

    private void LintRoot(string file, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Report(file, string.Empty, "a schema file's root must be an object schema");
            return;
        }

        if (!root.TryGetProperty("$schema", out var schema) || schema.ValueKind != JsonValueKind.String || schema.GetString() != Draft7)
        {
            Report(file, "/$schema", $"the root must declare \"$schema\": \"{Draft7}\"");
        }

        if (!root.TryGetProperty("$id", out var id) || id.ValueKind != JsonValueKind.String || id.GetString() != IdBase + file)
        {
            Report(file, "/$id", $"the root $id must be {IdBase}{file}");
        }

        // A file that only carries definitions (envelope, common/) is a container, not a schema applied to anything.
        var container = root.EnumerateObject().All(p => Annotations.Contains(p.Name));
        LintSchema(file, string.Empty, root, isRoot: true, isContainer: container);
    }

    private void LintSchema(string file, string pointer, JsonElement schema, bool isRoot = false, bool isContainer = false)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            Report(file, pointer, schema.ValueKind is JsonValueKind.True or JsonValueKind.False ? "boolean schemas are not allowed" : "a schema must be an object");
            return;
        }

        foreach (var member in schema.EnumerateObject())
        {
            if (!Allowed.Contains(member.Name))
            {
                Report(file, pointer + "/" + Escape(member.Name), $"keyword '{member.Name}' is outside the portable profile");
            }
            else if (!isRoot && member.Name is "$schema" or "$id")
            {
                Report(file, pointer + "/" + Escape(member.Name), $"'{member.Name}' is allowed at the file root only");
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            LintReference(file, pointer, schema, reference);
            return;
        }

        if (schema.TryGetProperty("definitions", out var definitions))
        {
            if (!isRoot)
            {
                Report(file, pointer + "/definitions", "definitions belong at the file root");
            }

            foreach (var definition in Members(file, pointer + "/definitions", definitions))
            {
                LintSchema(file, pointer + "/definitions/" + Escape(definition.Name), definition.Value);
            }
        }

        if (isContainer)
        {
            return;
        }

        var type = LintType(file, pointer, schema);
        LintObject(file, pointer, schema, type);
        LintArray(file, pointer, schema, type);
        LintString(file, pointer, schema, type);
        LintNumber(file, pointer, schema, type);
        LintChoice(file, pointer, schema, "oneOf");
        LintChoice(file, pointer, schema, "anyOf");
    }

    private string? LintType(string file, string pointer, JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            Report(file, pointer, "every schema that is not a $ref states one type");
            return null;
        }

        if (type.ValueKind != JsonValueKind.String)
        {
            Report(file, pointer + "/type", "type must be one string (type arrays are not allowed)");
            return null;
        }

        var name = type.GetString()!;
        if (!Types.Contains(name))
        {
            Report(file, pointer + "/type", $"type '{name}' is not allowed (null and unknown types are outside the profile)");
        }

        return name;
    }

    private void LintReference(string file, string pointer, JsonElement schema, JsonElement reference)
    {
        if (schema.EnumerateObject().Count() != 1)
        {
            Report(file, pointer, "$ref must stand alone (no sibling keywords)");
        }

        if (reference.ValueKind != JsonValueKind.String || !RefPattern.IsMatch(reference.GetString()!))
        {
            Report(file, pointer + "/$ref", "$ref must be a relative reference into definitions (path#/definitions/Name)");
            return;
        }

        if (Resolve(file, reference.GetString()!) is null)
        {
            Report(file, pointer + "/$ref", "$ref does not resolve to a definition of a file of the same release");
        }
    }

    private void LintObject(string file, string pointer, JsonElement schema, string? type)
    {
        var isOpen = file.EndsWith(OpenObject.FileSuffix, StringComparison.Ordinal) && pointer == OpenObject.Pointer;
        foreach (var keyword in new[] { "properties", "required", "additionalProperties" })
        {
            if (type != "object" && schema.TryGetProperty(keyword, out _))
            {
                Report(file, pointer + "/" + keyword, $"'{keyword}' belongs on object schemas only");
            }
        }

        if (type != "object")
        {
            return;
        }

        if (isOpen)
        {
            return;
        }

        if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
        {
            Report(file, pointer, "every object schema has \"additionalProperties\": false (only envelope Extensions is open)");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in Members(file, pointer + "/properties", properties))
            {
                names.Add(property.Name);
                LintSchema(file, pointer + "/properties/" + Escape(property.Name), property.Value);
            }
        }
        else
        {
            Report(file, pointer, "every object schema lists its properties");
        }

        if (schema.TryGetProperty("required", out var required))
        {
            if (required.ValueKind != JsonValueKind.Array || required.EnumerateArray().Any(r => r.ValueKind != JsonValueKind.String))
            {
                Report(file, pointer + "/required", "required must be an array of member names");
            }
            else
            {
                var index = 0;
                foreach (var name in required.EnumerateArray())
                {
                    if (!names.Contains(name.GetString()!))
                    {
                        Report(file, pointer + "/required/" + index, "a required member is not declared in properties");
                    }

                    index++;
                }
            }
        }
    }

    private void LintArray(string file, string pointer, JsonElement schema, string? type)
    {
        foreach (var keyword in new[] { "items", "minItems", "maxItems", "uniqueItems" })
        {
            if (type != "array" && schema.TryGetProperty(keyword, out _))
            {
                Report(file, pointer + "/" + keyword, $"'{keyword}' belongs on array schemas only");
            }
        }

        if (type != "array")
        {
            return;
        }

        if (!schema.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Object)
        {
            Report(file, pointer + "/items", "an array schema has items as one schema");
        }
        else
        {
            LintSchema(file, pointer + "/items", items);
        }

        foreach (var keyword in new[] { "minItems", "maxItems" })
        {
            if (schema.TryGetProperty(keyword, out var bound) && !(bound.ValueKind == JsonValueKind.Number && bound.TryGetInt32(out var n) && n >= 1))
            {
                Report(file, pointer + "/" + keyword, $"{keyword} must be an integer of at least 1");
            }
        }

        if (schema.TryGetProperty("uniqueItems", out var unique))
        {
            if (unique.ValueKind != JsonValueKind.True)
            {
                Report(file, pointer + "/uniqueItems", "uniqueItems is only ever true");
            }
            else if (items.ValueKind != JsonValueKind.Object || TypeOf(file, items) != "string")
            {
                Report(file, pointer + "/uniqueItems", "uniqueItems is allowed on arrays of strings only");
            }
        }
    }

    private void LintString(string file, string pointer, JsonElement schema, string? type)
    {
        foreach (var keyword in new[] { "enum", "pattern", "format", "minLength", "maxLength" })
        {
            if (type != "string" && schema.TryGetProperty(keyword, out _))
            {
                Report(file, pointer + "/" + keyword, $"'{keyword}' belongs on string schemas only");
            }
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0 || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                Report(file, pointer + "/enum", "enum must be a non-empty array of strings");
            }
            else if (values.EnumerateArray().Select(v => v.GetString()).Distinct(StringComparer.Ordinal).Count() != values.GetArrayLength())
            {
                Report(file, pointer + "/enum", "enum values must be unique");
            }
        }

        if (schema.TryGetProperty("pattern", out var pattern))
        {
            var text = pattern.ValueKind == JsonValueKind.String ? pattern.GetString()! : string.Empty;
            if (!text.StartsWith('^') || !text.EndsWith('$') || text.EndsWith("\\$", StringComparison.Ordinal))
            {
                Report(file, pointer + "/pattern", "pattern must be anchored with ^...$");
            }

            if (Regex.IsMatch(text, @"(?<!\\)(\\\\)*\\[dDwWsS]"))
            {
                Report(file, pointer + "/pattern", "pattern must use ASCII classes ([0-9]), not \\d, \\w or \\s");
            }

            if (text.Contains("(?=", StringComparison.Ordinal) || text.Contains("(?!", StringComparison.Ordinal) || text.Contains("(?<", StringComparison.Ordinal))
            {
                Report(file, pointer + "/pattern", "pattern must not use lookaround or named groups");
            }

            try
            {
                _ = new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException)
            {
                Report(file, pointer + "/pattern", "pattern does not compile");
            }
        }

        if (schema.TryGetProperty("format", out var format))
        {
            if (format.ValueKind != JsonValueKind.String || !Formats.Contains(format.GetString()!))
            {
                Report(file, pointer + "/format", "format must be one of date, date-time, uuid, email, uri");
            }

            if (!schema.TryGetProperty("pattern", out _))
            {
                Report(file, pointer + "/format", "every format is backed by a pattern that pins its lexical form");
            }
        }

        foreach (var keyword in new[] { "minLength", "maxLength" })
        {
            if (schema.TryGetProperty(keyword, out var bound) && !(bound.ValueKind == JsonValueKind.Number && bound.TryGetInt32(out var n) && n >= 0))
            {
                Report(file, pointer + "/" + keyword, $"{keyword} must be a non-negative integer");
            }
        }
    }

    private void LintNumber(string file, string pointer, JsonElement schema, string? type)
    {
        foreach (var keyword in new[] { "minimum", "maximum" })
        {
            if (!schema.TryGetProperty(keyword, out var bound))
            {
                continue;
            }

            if (type != "integer")
            {
                Report(file, pointer + "/" + keyword, $"'{keyword}' is allowed on integer schemas only");
            }
            else if (bound.ValueKind != JsonValueKind.Number || !bound.TryGetInt64(out _))
            {
                Report(file, pointer + "/" + keyword, $"{keyword} must be an integer");
            }
        }
    }

    private void LintChoice(string file, string pointer, JsonElement schema, string keyword)
    {
        if (!schema.TryGetProperty(keyword, out var branches))
        {
            return;
        }

        if (branches.ValueKind != JsonValueKind.Array || branches.GetArrayLength() == 0)
        {
            Report(file, pointer + "/" + keyword, $"{keyword} must be a non-empty array of schemas");
            return;
        }

        var index = 0;
        foreach (var branch in branches.EnumerateArray())
        {
            var branchPointer = $"{pointer}/{keyword}/{index++}";
            LintSchema(file, branchPointer, branch);
            var (branchFile, actual) = branch.ValueKind == JsonValueKind.Object && branch.TryGetProperty("$ref", out var r) && r.ValueKind == JsonValueKind.String
                ? Resolve(file, r.GetString()!) ?? (file, default)
                : (file, branch);
            if (!HasDiscriminator(branchFile, actual))
            {
                Report(file, branchPointer, $"each {keyword} branch needs a required discriminator property with a one-value enum");
            }
        }
    }

    private bool HasDiscriminator(string file, JsonElement branch)
    {
        if (branch.ValueKind != JsonValueKind.Object || !branch.TryGetProperty("required", out var required) || required.ValueKind != JsonValueKind.Array
            || !branch.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var name in required.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String))
        {
            if (!properties.TryGetProperty(name.GetString()!, out var property))
            {
                continue;
            }

            var (_, actual) = property.TryGetProperty("$ref", out var r) && r.ValueKind == JsonValueKind.String ? Resolve(file, r.GetString()!) ?? (file, default) : (file, property);
            if (actual.ValueKind == JsonValueKind.Object && actual.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() == 1)
            {
                return true;
            }
        }

        return false;
    }

    private string? TypeOf(string file, JsonElement schema)
    {
        for (var hops = 0; hops < 16; hops++)
        {
            if (schema.TryGetProperty("$ref", out var r) && r.ValueKind == JsonValueKind.String)
            {
                var resolved = Resolve(file, r.GetString()!);
                if (resolved is null)
                {
                    return null;
                }

                (file, schema) = resolved.Value;
                continue;
            }

            return schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        }

        return null;
    }

    /// <summary>Resolves a relative $ref of <paramref name="file"/> to (file, schema) inside the loaded files.</summary>
    private (string File, JsonElement Schema)? Resolve(string file, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? reference : reference[..hash];
        var target = file;
        if (path.Length > 0)
        {
            var segments = file.Split('/').SkipLast(1).ToList();
            foreach (var segment in path.Split('/'))
            {
                if (segment == "..")
                {
                    if (segments.Count <= 1)
                    {
                        return null; // would leave the release folder (the first segment is the version)
                    }

                    segments.RemoveAt(segments.Count - 1);
                }
                else if (segment != ".")
                {
                    segments.Add(segment);
                }
            }

            target = string.Join('/', segments);
        }

        if (!_files.TryGetValue(target, out var current) || hash < 0)
        {
            return null;
        }

        foreach (var segment in reference[(hash + 1)..].Split('/').Skip(1))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return (target, current);
    }

    private List<JsonProperty> Members(string file, string pointer, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Report(file, pointer, "must be an object of schemas");
            return [];
        }

        return [.. element.EnumerateObject()];
    }

    private void Report(string file, string pointer, string reason) => _violations.Add($"{file}#{pointer}: {reason}");

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
