using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mlat.Sdk.Validation.Schemas;
using NJsonSchema;

namespace Mlat.Sdk.Validation.Compiled;

/// <summary>
/// One validation of a <see cref="JsonElement"/> against a compiled <see cref="SchemaNode"/> tree. It evaluates the
/// keywords as the NJsonSchema path does after the SDK's corrections (<see cref="NJsonSchemaEngine"/>) and flattens the
/// result as <see cref="SchemaValidator"/> does: keywords apply by the instance's JSON type whatever the schema's type,
/// integral non-integer tokens are integers, <c>required</c> constrains objects only, lengths count code points, enum and
/// uniqueItems compare JSON values, a failed choice reports the branch its discriminator names (or the choice itself).
/// Pointers are built only for findings; member names are matched as UTF-8 spans, strings decoded into one reused
/// buffer. Not thread-safe: one instance per call.
/// </summary>
internal sealed class SchemaWalk
{
    private readonly int _maxDepth;
    private List<Finding> _findings = [];
    private (string? Name, int Index)[] _path = new (string?, int)[16];
    private int _pathLength;
    private char[] _chars = [];
    private bool _unreadable;

    private SchemaWalk(int maxDepth)
    {
        _maxDepth = maxDepth;
    }

    /// <summary>Validates <paramref name="root"/>; the findings are ordered and deduplicated as the NJsonSchema path's.</summary>
    public static IReadOnlyList<Finding> Run(SchemaNode node, JsonElement root, int maxDepth)
    {
        var walk = new SchemaWalk(maxDepth);
        try
        {
            walk.Visit(node, root, 1);
        }
        finally
        {
            if (walk._chars.Length > 0)
            {
                ArrayPool<char>.Shared.Return(walk._chars);
            }
        }

        if (walk._unreadable)
        {
            return [SchemaValidator.Unreadable()];
        }

        var findings = walk._findings;
        if (findings.Count == 0)
        {
            return [];
        }

        return findings
            .DistinctBy(f => (f.Code, f.Pointer, f.Message))
            .OrderBy(f => f.Pointer, StringComparer.Ordinal)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
    }

    private void Visit(SchemaNode node, JsonElement element, int depth)
    {
        var kind = element.ValueKind;
        if (IsTooDeep(kind, depth))
        {
            return;
        }

        var number = default(NumberValue);
        if (kind == JsonValueKind.Number && !ElementValues.TryReadNumber(element, withKey: false, out number))
        {
            _unreadable = true;
            return;
        }

        if (node.AnyOf is { } anyOf)
        {
            Choose(anyOf, element, depth);
        }

        if (node.OneOf is { } oneOf)
        {
            Choose(oneOf, element, depth);
        }

        if (!(kind == JsonValueKind.Null && node.Nullable))
        {
            CheckType(node, element, kind, number, depth);
        }

        if (kind == JsonValueKind.Object)
        {
            VisitObject(node, element, depth);
        }

        if (kind == JsonValueKind.String && (node.Pattern is not null || node.MinLength is not null || node.MaxLength is not null || node.Format is not null || node.EnumStrings is not null))
        {
            CheckString(node, element);
        }
        else if (node.EnumKeys is { } keys && !keys.Contains(ElementValues.Key(element)))
        {
            Add("schema.enum", node.EnumMessage);
        }

        if (kind == JsonValueKind.Array && node.UniqueItems && HasDuplicates(element))
        {
            Add("schema.uniqueItems", node.UniqueItemsMessage);
        }
    }

    private void CheckType(SchemaNode node, JsonElement element, JsonValueKind kind, NumberValue number, int depth)
    {
        if (kind == JsonValueKind.Array)
        {
            VisitArray(node, element, depth);
        }
        else if (node.Type == JsonObjectType.Array)
        {
            Add("schema.type", node.TypeMessage);
        }

        if (kind != JsonValueKind.String && node.Type == JsonObjectType.String)
        {
            Add("schema.type", node.TypeMessage);
        }

        if (kind == JsonValueKind.Number)
        {
            if (node.HasBounds)
            {
                CheckBounds(node, number);
            }
        }
        else if (node.Type == JsonObjectType.Number)
        {
            Add("schema.type", node.TypeMessage);
        }

        var ok = node.Type switch
        {
            JsonObjectType.Integer => kind == JsonValueKind.Number && number.IsIntegral,
            JsonObjectType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            JsonObjectType.Null => kind == JsonValueKind.Null,
            JsonObjectType.Object => kind == JsonValueKind.Object,
            _ => true,
        };
        if (!ok)
        {
            Add("schema.type", node.TypeMessage);
        }
    }

    private void CheckBounds(SchemaNode node, NumberValue number)
    {
        if (number.HasDecimal)
        {
            var value = number.Decimal;
            if (node.Minimum is { } min && (node.IsExclusiveMinimum ? value <= min : value < min))
            {
                Add("schema.minimum", node.MinimumMessage);
            }

            if (node.Maximum is { } max && (node.IsExclusiveMaximum ? value >= max : value > max))
            {
                Add("schema.maximum", node.MaximumMessage);
            }

            if (node.ExclusiveMinimum is { } exclusiveMin && value <= exclusiveMin)
            {
                Add("schema.minimum", node.MinimumMessage);
            }

            if (node.ExclusiveMaximum is { } exclusiveMax && value >= exclusiveMax)
            {
                Add("schema.maximum", node.MaximumMessage);
            }
        }
        else
        {
            var value = number.Double;
            if (node.Minimum is { } min && (node.IsExclusiveMinimum ? value <= (double)min : value < (double)min))
            {
                Add("schema.minimum", node.MinimumMessage);
            }

            if (node.Maximum is { } max && (node.IsExclusiveMaximum ? value >= (double)max : value > (double)max))
            {
                Add("schema.maximum", node.MaximumMessage);
            }

            if (node.ExclusiveMinimum is { } exclusiveMin && value <= (double)exclusiveMin)
            {
                Add("schema.minimum", node.MinimumMessage);
            }

            if (node.ExclusiveMaximum is { } exclusiveMax && value >= (double)exclusiveMax)
            {
                Add("schema.maximum", node.MaximumMessage);
            }
        }
    }

    private void VisitArray(SchemaNode node, JsonElement element, int depth)
    {
        var count = element.GetArrayLength();
        if (node.MinItems > 0 && count < node.MinItems)
        {
            Add("schema.minItems", node.MinItemsMessage);
        }

        if (node.MaxItems > 0 && count > node.MaxItems)
        {
            Add("schema.maxItems", node.MaxItemsMessage);
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (node.Items is { } items)
            {
                Push(null, index);
                Visit(items, item, depth + 1);
                _pathLength--;
            }
            else
            {
                Scan(item, depth + 1);
            }

            index++;
        }
    }

    private void VisitObject(SchemaNode node, JsonElement element, int depth)
    {
        var properties = node.Properties;
        Span<bool> seen = properties.Length <= 128 ? stackalloc bool[properties.Length] : new bool[properties.Length];
        var lookup = node.PropertyIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> nameBuffer = stackalloc char[128];
        foreach (var member in element.EnumerateObject())
        {
            if (TryFind(lookup, member, nameBuffer, out var index))
            {
                seen[index] = true;
                var property = properties[index];
                if (member.Value.ValueKind == JsonValueKind.Null && property.Nullable)
                {
                    continue;
                }

                Push(property.Segment, 0);
                Visit(property.Node, member.Value, depth + 1);
                _pathLength--;
            }
            else
            {
                if (node.RejectAdditional)
                {
                    _findings.Add(Create("schema.additionalProperties", Pointer() + "/" + JsonPointer.Escape(member.Name), node.AdditionalMessage));
                }

                Scan(member.Value, depth + 1);
            }
        }

        for (var i = 0; i < properties.Length; i++)
        {
            if (!seen[i] && properties[i].Required)
            {
                _findings.Add(Create("schema.required", Pointer() + "/" + properties[i].Segment, properties[i].RequiredMessage));
            }
        }

        foreach (var required in node.UndeclaredRequired)
        {
            if (!element.TryGetProperty(required.Name, out _))
            {
                _findings.Add(Create("schema.required", Pointer() + "/" + required.Segment, required.Message));
            }
        }
    }

    private static bool TryFind(System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, JsonProperty member, Span<char> buffer, out int index)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        if (raw.IndexOf((byte)'\\') < 0 && raw.Length <= buffer.Length)
        {
            var length = Encoding.UTF8.GetChars(raw, buffer);
            return lookup.TryGetValue(buffer[..length], out index);
        }

        return lookup.TryGetValue(member.Name, out index);
    }

    private void CheckString(SchemaNode node, JsonElement element)
    {
        // The raw token includes its quotes; an escaped string is decoded by the reader, any other one transcoded here.
        var raw = JsonMarshal.GetRawUtf8Value(element)[1..^1];
        ReadOnlySpan<char> text;
        int codePoints;
        string? decoded = null;
        if (raw.IndexOf((byte)'\\') < 0)
        {
            if (_chars.Length < raw.Length)
            {
                if (_chars.Length > 0)
                {
                    ArrayPool<char>.Shared.Return(_chars);
                }

                _chars = ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 256));
            }

            text = _chars.AsSpan(0, Encoding.UTF8.GetChars(raw, _chars));
            codePoints = raw.Length - CountContinuationBytes(raw);
        }
        else
        {
            decoded = element.GetString()!;
            text = decoded;
            codePoints = NJsonSchemaEngine.CodePoints(decoded);
        }

        if (node.Format is { } format && !format(decoded ??= new string(text)))
        {
            Add("schema.format", node.FormatMessage);
        }

        if (node.MinLength is { } min && codePoints < min)
        {
            Add("schema.minLength", node.MinLengthMessage);
        }

        if (node.MaxLength is { } max && codePoints > max)
        {
            Add("schema.maxLength", node.MaxLengthMessage);
        }

        if (node.Pattern is { } pattern)
        {
            try
            {
                if (!pattern.IsMatch(text))
                {
                    Add("schema.pattern", node.PatternMessage);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                var pointer = Pointer();
                _findings.Add(Create("schema.pattern", pointer, SchemaValidator.PatternTimeoutMessage(pointer)));
            }
        }

        if (node.EnumStrings is { } values && !values.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
        {
            Add("schema.enum", node.EnumMessage);
        }
        else if (node.EnumStrings is null && node.EnumKeys is { } keys && !keys.Contains(ElementValues.Key(element)))
        {
            Add("schema.enum", node.EnumMessage);
        }
    }

    private void Choose(Choice choice, JsonElement element, int depth)
    {
        var outer = _findings;
        var results = new List<Finding>[choice.Branches.Length];
        var valid = 0;
        for (var i = 0; i < results.Length; i++)
        {
            _findings = [];
            Visit(choice.Branches[i].Node, element, depth);
            results[i] = _findings;
            valid += _findings.Count == 0 ? 1 : 0;
        }

        _findings = outer;
        var failed = choice.ExactlyOne ? valid != 1 : valid == 0;
        if (!failed)
        {
            return;
        }

        var chosen = ChooseBranch(choice, element, results);
        if (chosen is { Count: > 0 })
        {
            _findings.AddRange(chosen);
        }
        else
        {
            Add(choice.Code, choice.Message);
        }
    }

    /// <summary>The branch whose discriminators all match the instance, when exactly one does (specification §4.2).</summary>
    private static List<Finding>? ChooseBranch(Choice choice, JsonElement element, List<Finding>[] results)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        List<Finding>? match = null;
        for (var i = 0; i < choice.Branches.Length; i++)
        {
            var discriminators = choice.Branches[i].Discriminators;
            if (discriminators.Length == 0)
            {
                continue;
            }

            var matches = discriminators.All(d => element.TryGetProperty(d.Name, out var value) && ElementValues.Key(value) == d.Key);
            if (matches)
            {
                if (match is not null)
                {
                    return null;
                }

                match = results[i];
            }
        }

        return match;
    }

    private static bool HasDuplicates(JsonElement array)
    {
        // The profile's uniqueItems arrays hold strings (specification §4.2) and are short: compare unescaped strings by
        // their UTF-8 bytes (equal bytes, equal strings) without allocating; anything else by canonical key.
        var count = array.GetArrayLength();
        if (count < 2)
        {
            return false;
        }

        if (count <= 16 && AllUnescapedStrings(array))
        {
            for (var i = 1; i < count; i++)
            {
                var item = JsonMarshal.GetRawUtf8Value(array[i]);
                for (var j = 0; j < i; j++)
                {
                    if (item.SequenceEqual(JsonMarshal.GetRawUtf8Value(array[j])))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            if (!seen.Add(ElementValues.Key(item)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllUnescapedStrings(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || JsonMarshal.GetRawUtf8Value(item).IndexOf((byte)'\\') >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks what no schema keyword looks at but the NJsonSchema path still reads: every number and the depth.</summary>
    private void Scan(JsonElement element, int depth)
    {
        var kind = element.ValueKind;
        if (IsTooDeep(kind, depth))
        {
            return;
        }

        switch (kind)
        {
            case JsonValueKind.Number when !ElementValues.TryReadNumber(element, withKey: false, out _):
                _unreadable = true;
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    Scan(member.Value, depth + 1);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Scan(item, depth + 1);
                }

                break;
        }
    }

    /// <summary>The NJsonSchema path reads with Newtonsoft's MaxDepth set to the reader limit; a container nested deeper cannot be read.</summary>
    private bool IsTooDeep(JsonValueKind kind, int depth)
    {
        if (depth > _maxDepth && kind is JsonValueKind.Object or JsonValueKind.Array)
        {
            _unreadable = true;
            return true;
        }

        return false;
    }

    private void Add(string code, string message) => _findings.Add(Create(code, Pointer(), message));

    private static Finding Create(string code, string pointer, string message) =>
        Finding.Error(code, pointer, message) with { Category = FindingCategory.Schema };

    private void Push(string? name, int index)
    {
        if (_pathLength == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_pathLength++] = (name, index);
    }

    private string Pointer()
    {
        if (_pathLength == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < _pathLength; i++)
        {
            builder.Append('/');
            if (_path[i].Name is { } name)
            {
                builder.Append(name);
            }
            else
            {
                builder.Append(_path[i].Index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static int CountContinuationBytes(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            count += (b & 0xC0) == 0x80 ? 1 : 0;
        }

        return count;
    }
}
