using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace Mlat.Sdk.Validation.Compiled;

/// <summary>
/// One schema object of the portable profile (specification §4.2), compiled once: every keyword is a field that the
/// walk reads without looking anything up, and every finding message is computed here, from the schema alone, so the
/// walk only concatenates pointers. Immutable once <see cref="SchemaNodeCompiler"/> has filled it (cycles of
/// <c>$ref</c> are nodes that point at each other), so one tree serves all threads.
/// </summary>
internal sealed class SchemaNode
{
    /// <summary>The single JSON type the schema gives, or <see cref="JsonObjectType.None"/> (no <c>type</c>).</summary>
    public JsonObjectType Type { get; set; }

    /// <summary>NJsonSchema's nullability of this schema: a null instance skips the type and enum checks.</summary>
    public bool Nullable { get; set; }

    public string TypeMessage { get; set; } = string.Empty;

    // Strings (checked on every string instance, whatever the type, as draft-07 and NJsonSchema do).
    public Regex? Pattern { get; set; }

    public string PatternMessage { get; set; } = string.Empty;

    public int? MinLength { get; set; }

    public string MinLengthMessage { get; set; } = string.Empty;

    public int? MaxLength { get; set; }

    public string MaxLengthMessage { get; set; } = string.Empty;

    public Func<string, bool>? Format { get; set; }

    public string FormatMessage { get; set; } = string.Empty;

    // Numbers: draft-04 boolean exclusivity (IsExclusive*) and draft-06 numeric exclusive bounds, as NJsonSchema reads them.
    public decimal? Minimum { get; set; }

    public bool IsExclusiveMinimum { get; set; }

    public decimal? ExclusiveMinimum { get; set; }

    public string MinimumMessage { get; set; } = string.Empty;

    public decimal? Maximum { get; set; }

    public bool IsExclusiveMaximum { get; set; }

    public decimal? ExclusiveMaximum { get; set; }

    public string MaximumMessage { get; set; } = string.Empty;

    public bool HasBounds => Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null;

    // enum, compared as JSON values: strings by a span lookup when every value is a string (the profile), else by canonical key.
    public FrozenSet<string>? EnumStrings { get; set; }

    public FrozenSet<string>? EnumKeys { get; set; }

    public string EnumMessage { get; set; } = string.Empty;

    // Arrays.
    public int MinItems { get; set; }

    public string MinItemsMessage { get; set; } = string.Empty;

    public int MaxItems { get; set; }

    public string MaxItemsMessage { get; set; } = string.Empty;

    public bool UniqueItems { get; set; }

    public string UniqueItemsMessage { get; set; } = string.Empty;

    public SchemaNode? Items { get; set; }

    // Objects.
    public PropertyNode[] Properties { get; set; } = [];

    /// <summary>Index into <see cref="Properties"/> by member name (ordinal; looked up by span, no allocation).</summary>
    public FrozenDictionary<string, int> PropertyIndex { get; set; } = FrozenDictionary<string, int>.Empty;

    /// <summary>Required names that <c>properties</c> does not declare (outside the profile, kept for exactness).</summary>
    public RequiredName[] UndeclaredRequired { get; set; } = [];

    public bool RejectAdditional { get; set; }

    public string AdditionalMessage { get; set; } = string.Empty;

    // Choices.
    public Choice? AnyOf { get; set; }

    public Choice? OneOf { get; set; }
}

/// <summary>A member of <c>properties</c>: its escaped pointer token, its schema, and whether it is required.</summary>
internal sealed record PropertyNode(string Name, string Segment, SchemaNode Node, bool Required, bool Nullable, string RequiredMessage);

/// <summary>A required member name with the message of its <c>schema.required</c> finding.</summary>
internal sealed record RequiredName(string Name, string Segment, string Message);

/// <summary><c>oneOf</c> or <c>anyOf</c>: the branches, each with its discriminators (required members with a one-value enum).</summary>
internal sealed record Choice(bool ExactlyOne, string Code, string Message, ChoiceBranch[] Branches);

/// <summary>A branch of a choice; <see cref="Discriminators"/> is empty when the branch has none.</summary>
internal sealed record ChoiceBranch(SchemaNode Node, (string Name, string Key)[] Discriminators);
