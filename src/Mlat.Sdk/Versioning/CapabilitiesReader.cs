using System.Globalization;
using System.Text.Json;
using Mlat.Sdk.CountryProfiles;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Versioning;

/// <summary>
/// Reads capabilities documents leniently (specification §10.2). Unlike messages, which are read strictly, a capabilities
/// document is read by whatever the peer runs, possibly a later SDK that added members, statuses or versions written
/// in a scheme not yet known. Rejecting such a document would leave two parties unable to negotiate at all — the one
/// thing negotiation exists to prevent — so anything not understood is skipped and listed in
/// <see cref="CapabilitiesReadResult.Ignored"/>. Skipping is safe: an ignored version is simply not offered, so the
/// lenient reader can only make negotiation choose less, never something a party did not declare.
/// What stays strict: the bytes must be JSON without duplicate members (two parsers must not read one document
/// differently), and the party's authority id and a versions array must be present.
/// </summary>
public static class CapabilitiesReader
{
    private static readonly ReaderLimits Limits = new() { MaxBytes = 1024 * 1024, MaxDepth = 64 };

    /// <summary>Reads a capabilities document.</summary>
    /// <param name="utf8Json">The document's UTF-8 bytes.</param>
    /// <param name="verifier">Optional signature hook; when given, its findings are in <see cref="CapabilitiesReadResult.SignatureFindings"/>
    /// and their verdict in <see cref="CapabilitiesReadResult.SignatureVerified"/> (an unsigned document is <c>MLAT-SIG-MISSING</c>).</param>
    /// <returns>The document and what was ignored, or findings when it could not be read.</returns>
    public static CapabilitiesReadResult Read(ReadOnlyMemory<byte> utf8Json, ICapabilitiesSignatureVerifier? verifier = null)
    {
        // The one strict decoding path (docs/security.md): leniency is about members and values not understood, never
        // about bytes two parsers could read differently (duplicates) or strings that cannot be decoded (lone surrogates).
        var document = StrictJsonReader.Parse(utf8Json, Limits, out var findings);
        if (document is null)
        {
            return new CapabilitiesReadResult { Findings = findings };
        }

        using (document)
        {
            var ignored = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed(FindingCodes.CapabilitiesInvalid, string.Empty, "The document's root is not an object.");
            }

            var party = ReadParty(root, ignored);
            if (party is null)
            {
                return Failed(FindingCodes.CapabilitiesInvalid, "/party/authorityId", "The document names no party authority id.");
            }

            if (!root.TryGetProperty("versions"u8, out var versions) || versions.ValueKind != JsonValueKind.Array)
            {
                return Failed(FindingCodes.CapabilitiesInvalid, "/versions", "The document has no versions array.");
            }

            var read = new CapabilitiesDocument
            {
                Party = party,
                IssuedAt = Instant(root, "issuedAt", ignored),
                Versions = ReadVersions(versions, ignored),
                PreferredVersion = Version(root, "preferredVersion", ignored),
                MinimumVersion = Version(root, "minimumVersion", ignored),
                PreviewOptIn = root.TryGetProperty("previewOptIn"u8, out var preview) && preview.ValueKind == JsonValueKind.True,
                Extensions = Strings(root, "extensions", ignored),
                SignatureAlgorithms = Strings(root, "signatureAlgorithms", ignored),
                EncryptionAlgorithms = Strings(root, "encryptionAlgorithms", ignored),
                MaxMessageSize = root.TryGetProperty("maxMessageSize"u8, out var size) && size.ValueKind == JsonValueKind.String
                    && long.TryParse(size.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0 ? bytes : null,
                Languages = Strings(root, "languages", ignored),
                Requirements = CountryProfileReader.Read(root, party.Country, party.AuthorityId, ignored),
                IsSigned = root.TryGetProperty("signatures"u8, out var signatures) && signatures.ValueKind == JsonValueKind.Array && signatures.GetArrayLength() > 0,
            };

            ListUnknown(root, string.Empty, ignored, "capabilitiesVersion", "party", "issuedAt", "versions", "preferredVersion", "minimumVersion",
                "previewOptIn", "extensions", "signatureAlgorithms", "encryptionAlgorithms", "maxMessageSize", "languages", "requirements", "signatures");

            // A caller that hands in a verifier expects a signature: an unsigned document is a finding, not a silent null.
            IReadOnlyList<Finding> signature = verifier is null ? []
                : read.IsSigned ? verifier.Verify(utf8Json)
                : [Finding.Error(FindingCodes.SigMissing, "/signatures", "The capabilities document is not signed.")];
            return new CapabilitiesReadResult
            {
                Document = read,
                Ignored = ignored,
                SignatureVerified = verifier is null ? null : !signature.Any(f => f.Severity == FindingSeverity.Error),
                SignatureFindings = signature,
                Findings = signature,
            };
        }
    }

    private static CapabilitiesReadResult Failed(string code, string pointer, string message)
        => new() { Findings = [Finding.Error(code, pointer, message)] };

    private static CapabilitiesParty? ReadParty(JsonElement root, List<string> ignored)
    {
        if (!root.TryGetProperty("party"u8, out var party) || party.ValueKind != JsonValueKind.Object
            || !party.TryGetProperty("authorityId"u8, out var id) || id.ValueKind != JsonValueKind.String || id.GetString()!.Length == 0)
        {
            return null;
        }

        ListUnknown(party, "/party", ignored, "country", "authorityId", "name", "endpoint");
        return new CapabilitiesParty
        {
            AuthorityId = id.GetString()!,
            Country = Text(party, "country"),
            Name = Text(party, "name"),
            Endpoint = Text(party, "endpoint"),
        };
    }

    private static List<VersionSupport> ReadVersions(JsonElement versions, List<string> ignored)
    {
        var list = new List<VersionSupport>();
        var seen = new HashSet<MlatVersion>();
        var index = 0;
        foreach (var entry in versions.EnumerateArray())
        {
            var pointer = "/versions/" + index.ToString(CultureInfo.InvariantCulture);
            index++;
            if (entry.ValueKind != JsonValueKind.Object
                || !entry.TryGetProperty("version"u8, out var v) || v.ValueKind != JsonValueKind.String
                || !MlatVersion.TryParse(v.GetString(), out var version))
            {
                ignored.Add(pointer + "/version");
                continue;
            }

            VersionStatus? status = Text(entry, "status") switch
            {
                "ACTIVE" => VersionStatus.Active,
                "DEPRECATED" => VersionStatus.Deprecated,
                "PREVIEW" => VersionStatus.Preview,
                _ => null,
            };
            if (status is null)
            {
                // A status this reader does not know might restrict use in ways it cannot honour: offer nothing.
                ignored.Add(pointer + "/status");
                continue;
            }

            if (!seen.Add(version))
            {
                // Two entries for one version would make the result depend on their order (specification §10.4 symmetry): keep the first.
                ignored.Add(pointer);
                continue;
            }

            DateOnly? sunset = null;
            if (Text(entry, "sunset") is { } sunsetText)
            {
                if (DateOnly.TryParseExact(sunsetText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    sunset = d;
                }
                else
                {
                    ignored.Add(pointer + "/sunset");
                }
            }

            ListUnknown(entry, pointer, ignored, "version", "status", "sunset", "send", "receive");
            list.Add(new VersionSupport
            {
                Version = version,
                Status = status.Value,
                Sunset = sunset,
                Send = Strings(entry, "send", ignored, pointer),
                Receive = Strings(entry, "receive", ignored, pointer),
            });
        }

        return list;
    }

    private static void ListUnknown(JsonElement obj, string pointer, List<string> ignored, params string[] known)
    {
        foreach (var member in obj.EnumerateObject())
        {
            if (Array.IndexOf(known, member.Name) < 0)
            {
                ignored.Add(JsonPointer.Member(pointer, member.Name));
            }
        }
    }

    private static string? Text(JsonElement obj, string name)
        => obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static MlatVersion? Version(JsonElement obj, string name, List<string> ignored)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && MlatVersion.TryParse(value.GetString(), out var version))
        {
            return version;
        }

        ignored.Add("/" + name);
        return null;
    }

    private static DateTimeOffset? Instant(JsonElement obj, string name, List<string> ignored)
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        // The one RFC 3339 parser of the SDK (the verifier checks iat against this same instant, specification §10.3).
        if (value.ValueKind == JsonValueKind.String && UtcInstantConverter.TryParse(value.GetString()!, out var at))
        {
            return at;
        }

        ignored.Add("/" + name);
        return null;
    }

    private static string[] Strings(JsonElement obj, string name, List<string> ignored, string parent = "")
    {
        if (!obj.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            ignored.Add(parent + "/" + name);
            return [];
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                ignored.Add(parent + "/" + name + "/" + i.ToString(CultureInfo.InvariantCulture));
            }

            i++;
        }

        return list.Distinct(StringComparer.Ordinal).ToArray();
    }

}
