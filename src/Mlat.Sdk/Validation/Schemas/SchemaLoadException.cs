namespace Mlat.Sdk.Validation.Schemas;

/// <summary>
/// A schema release embedded in the SDK could not be loaded: a file is not valid JSON, a <c>$ref</c> leaves the
/// release or points at nothing, a pattern does not compile, or index.json is inconsistent. This is a build defect of
/// the SDK (specification §4.4: every reference resolves offline inside one release), never a problem of a message, so it is
/// thrown at load time instead of being reported as a finding.
/// </summary>
internal sealed class SchemaLoadException : Exception
{
    public SchemaLoadException(string version, string file, string? reference, string reason, Exception? inner = null)
        : base(BuildMessage(version, file, reference, reason), inner)
    {
        Version = version;
        File = file;
        Reference = reference;
    }

    /// <summary>The release being loaded, for example <c>1.0</c>.</summary>
    public string Version { get; }

    /// <summary>The file, relative to the release folder, that holds the defect.</summary>
    public string File { get; }

    /// <summary>The offending <c>$ref</c> value, when the defect is a reference.</summary>
    public string? Reference { get; }

    private static string BuildMessage(string version, string file, string? reference, string reason) =>
        reference is null
            ? $"Schema release '{version}', file '{file}': {reason}"
            : $"Schema release '{version}', file '{file}', $ref '{reference}': {reason}";
}
