using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlat.Sdk;
using Mlat.Sdk.CountryProfiles;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat capabilities init|validate|sign|diff</c> (specification §10.1, §10.3, §10.7): how a central authority writes,
/// checks, signs and revises its capabilities document and country profile, and what a sender reads from two versions of
/// one. Exit 0 success, 1 when the check fails (or, for diff, when the versions differ), 2 usage errors and unreadable input.
/// </summary>
internal static class CapabilitiesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("capabilities", "Write, check, sign and compare capabilities documents and country profiles (specification §10.7).");
        command.Subcommands.Add(Init(stdout, stderr));
        command.Subcommands.Add(ValidateCmd(stdout, stderr));
        command.Subcommands.Add(Sign(stdout, stderr));
        command.Subcommands.Add(Diff(stdout, stderr));
        return command;
    }

    private static Command Init(TextWriter stdout, TextWriter stderr)
    {
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 code of the authority's country.", Required = true };
        var authority = new Option<string>("--authority") { Description = "The authority id (CC:local-id), as in messages' party.authorityId.", Required = true };
        var name = new Option<string?>("--name") { Description = "Official name of the authority." };
        var endpoint = new Option<string?>("--endpoint") { Description = "Where messages are delivered (https URL)." };
        var instrument = new Option<string[]>("--instrument") { Description = "An instrument the authority executes requests under (" + string.Join(", ", MlatJson.WireNames<InstrumentCode>()) + "); repeatable.", Required = true, AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Where to write the skeleton.", Required = true };
        var command = new Command("init", "Write a skeleton capabilities 1.1 document with one requirements entry per instrument, to be completed.") { country, authority, name, endpoint, instrument, output };
        command.SetAction(parse => RunInit(parse.GetValue(country)!, parse.GetValue(authority)!, parse.GetValue(name), parse.GetValue(endpoint), parse.GetValue(instrument) ?? [], parse.GetValue(output)!, stdout, stderr, TimeProvider.System));
        return command;
    }

    private static Command ValidateCmd(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("file") { Arity = ArgumentArity.OneOrMore, Description = "Capabilities documents to check." };
        var trust = new Option<string?>("--trust") { Description = "A trust list: the documents' signatures must verify against it (specification §10.3)." };
        var command = new Command("validate", "Check capabilities documents as a writer must produce them: schema of their format version, unique item ids, and with --trust their signatures.") { files, trust };
        command.SetAction(parse => RunValidate(parse.GetValue(files)!, parse.GetValue(trust), stdout, stderr));
        return command;
    }

    private static Command Sign(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("file") { Description = "The capabilities document to sign." };
        var key = new Option<string>("--key") { Description = "The publishing authority's private key, unencrypted PKCS#8 PEM.", Required = true };
        var cert = new Option<string>("--cert") { Description = "Its certificate chain, PEM, leaf first.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the signed document.", Required = true };
        var command = new Command("sign", "Sign a capabilities document in the publishing role (specification §10.3); an invalid document is refused.") { input, key, cert, output };
        command.SetAction(parse => RunSign(parse.GetValue(input)!, parse.GetValue(key)!, parse.GetValue(cert)!, parse.GetValue(output)!, stdout, stderr));
        return command;
    }

    private static Command Diff(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("old") { Description = "The earlier version of the document." };
        var after = new Argument<string>("new") { Description = "The later version." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "What changed between two versions of a country profile, item by item: what a sender must now meet.") { before, after, format };
        command.SetAction(parse => RunDiff(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(format) == "json", stdout, stderr));
        return command;
    }

    internal static int RunInit(string country, string authority, string? name, string? endpoint, IReadOnlyList<string> instruments, string outputPath, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var unknown = instruments.Where(i => !MlatJson.TryParseWireName<InstrumentCode>(i, out _)).ToList();
        if (unknown.Count > 0 || instruments.Count == 0)
        {
            stderr.WriteLine($"mlat: --instrument must name instruments of the standard ({string.Join(", ", MlatJson.WireNames<InstrumentCode>())}).");
            return ExitCodes.Usage;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var types = new JsonArray([.. Enum.GetNames<MessageType>().Order(StringComparer.Ordinal).Select(t => (JsonNode)t)]);
        var party = new JsonObject { ["country"] = country, ["authorityId"] = authority };
        if (name is not null)
        {
            party["name"] = name;
        }

        if (endpoint is not null)
        {
            party["endpoint"] = endpoint;
        }

        var entries = new JsonArray();
        foreach (var instrument in instruments.Distinct(StringComparer.Ordinal))
        {
            // Every item starts ILLUSTRATIVE: only the authority can say which published text it rests on (specification §10.7).
            entries.Add(new JsonObject
            {
                ["id"] = $"{country.ToLowerInvariant()}.{instrument.ToLowerInvariant().Replace('_', '-')}",
                ["instrument"] = instrument,
                ["source"] = new JsonObject { ["status"] = "ILLUSTRATIVE", ["citation"] = "To be completed: the instrument and its entry into force for this State" },
                ["effectiveFrom"] = today,
            });
        }

        var document = new JsonObject
        {
            ["capabilitiesVersion"] = "1.1",
            ["party"] = party,
            ["issuedAt"] = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["versions"] = new JsonArray(new JsonObject { ["version"] = "1.2", ["status"] = "ACTIVE", ["send"] = types.DeepClone(), ["receive"] = types.DeepClone() }),
            ["requirements"] = new JsonObject { ["instruments"] = entries },
        };
        var bytes = Encoding.UTF8.GetBytes(CliJson.Build(w => document.WriteTo(w), indented: true) + "\n");
        var findings = CapabilitiesSchema.Validate(bytes);
        if (findings.Count > 0)
        {
            // A bad --country, --authority or --endpoint: say which, with the schema's pointer.
            stderr.WriteLine("mlat: the skeleton would not be a valid capabilities document:");
            CliFiles.WriteFindingsText(stderr, findings);
            return ExitCodes.Usage;
        }

        if (!CliFiles.TryWrite(outputPath, bytes, stderr))
        {
            return ExitCodes.Usage;
        }

        stdout.WriteLine($"{outputPath}: capabilities 1.1 skeleton for {authority} with {entries.Count} instrument(s). Add the languages, declarations, dualCriminality, penaltyThresholds, measures, channels, signatures, encryption and costs items (docs/country-profiles.md), give each its published source, then: mlat capabilities validate, mlat capabilities sign.");
        return ExitCodes.Success;
    }

    internal static int RunValidate(IReadOnlyList<string> paths, string? trustPath, TextWriter stdout, TextWriter stderr)
    {
        TrustList? trust = null;
        if (trustPath is not null)
        {
            if (!CliFiles.TryReadBytes(trustPath, stderr, out var trustBytes))
            {
                return ExitCodes.Usage;
            }

            var read = TrustList.Read(trustBytes);
            if (read.TrustList is null)
            {
                stderr.WriteLine($"mlat: '{CliText.Escape(trustPath)}' is not a usable trust list ({CliCodes.BadTrustList}):");
                CliFiles.WriteFindingsText(stderr, read.Findings);
                return ExitCodes.Usage;
            }

            trust = read.TrustList;
        }

        var exit = ExitCodes.Success;
        foreach (var path in paths)
        {
            if (!CliFiles.TryReadBytes(path, stderr, out var bytes))
            {
                exit = ExitCodes.Usage;
                continue;
            }

            var findings = new List<Finding>(CapabilitiesSchema.Validate(bytes));
            var read = CapabilitiesReader.Read(bytes, trust is null ? null : new CapabilitiesSignatureVerifier(trust));
            findings.AddRange(read.SignatureFindings);
            var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            if (errors > 0 || read.Document is null)
            {
                stdout.WriteLine($"{path}: NOT VALID, {Math.Max(errors, 1)} error(s)");
                CliFiles.WriteFindingsText(stdout, findings.Count > 0 ? findings : read.Findings);
                exit = exit == ExitCodes.Usage ? exit : ExitCodes.Failed;
                continue;
            }

            var profile = read.Document.Requirements;
            var items = profile is null ? [] : profile.Instruments.SelectMany(Items).ToList();
            var summary = profile is null
                ? "no country profile"
                : $"{profile.Instruments.Count} instrument(s), {items.Count} item(s), {items.Count(i => i.Source.Status == RequirementSourceStatus.Illustrative)} illustrative";
            var signature = read.SignatureVerified switch
            {
                true => ", signatures verified",
                _ => read.Document.IsSigned ? ", signed (not verified: give --trust)" : ", not signed",
            };
            stdout.WriteLine($"{path}: valid ({CliText.Escape(read.Document.Party.AuthorityId)}: {summary}{signature})");
        }

        return exit;
    }

    internal static int RunSign(string inputPath, string keyPath, string certPath, string outputPath, TextWriter stdout, TextWriter stderr, TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        if (!CliFiles.TryReadBytes(inputPath, stderr, out var bytes)
            || !CliFiles.TryReadText(keyPath, stderr, out var keyPem)
            || !CliFiles.TryReadText(certPath, stderr, out var chainPem))
        {
            return ExitCodes.Usage;
        }

        // A profile is signed to be relied on: an invalid one is refused before anything is signed.
        var findings = CapabilitiesSchema.Validate(bytes);
        if (findings.Any(f => f.Severity == FindingSeverity.Error))
        {
            stdout.WriteLine($"{inputPath}: NOT SIGNED, the document is not valid");
            CliFiles.WriteFindingsText(stdout, findings);
            return ExitCodes.Failed;
        }

        if (!SignCommand.TryLoadKey(keyPem, chainPem, keyPath, certPath, stderr, out var key))
        {
            return ExitCodes.Usage;
        }

        using (key)
        {
            // issuedAt is when the document is issued, which is now: a verifier compares it with the signature's iat
            // (specification §10.3, MLAT-SIG-CREATED-AT-MISMATCH), so the signer stamps it rather than sign a stale one.
            var signer = new EnvelopeSigner(time);
            var node = JsonNode.Parse(bytes)!.AsObject();
            node["issuedAt"] = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var result = signer.SignCapabilities(Encoding.UTF8.GetBytes(CliJson.Build(w => node.WriteTo(w))), key, indented: true);
            if (result.Envelope is not { } signed)
            {
                stdout.WriteLine($"{inputPath}: NOT SIGNED, {result.Findings.Count} finding(s)");
                CliFiles.WriteFindingsText(stdout, result.Findings);
                return ExitCodes.Failed;
            }

            if (!CliFiles.TryWrite(outputPath, signed, stderr))
            {
                return ExitCodes.Usage;
            }

            stdout.WriteLine($"{inputPath}: issuedAt set to the signing time, signed in the publishing role ({key.Algorithm}), written to {outputPath}");
            return ExitCodes.Success;
        }
    }

    internal static int RunDiff(string beforePath, string afterPath, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!TryItems(beforePath, stderr, out var before, out var beforeTop) || !TryItems(afterPath, stderr, out var after, out var afterTop))
        {
            return ExitCodes.Usage;
        }

        var changes = new List<(string Change, string Id, string Kind, JsonNode? Item, IReadOnlyList<string> Members)>();
        foreach (var (id, (kind, item)) in after.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!before.TryGetValue(id, out var old))
            {
                changes.Add(("added", id, kind, item, []));
            }
            else if (!JsonNode.DeepEquals(old.Item, item))
            {
                var members = old.Item.AsObject().Select(p => p.Key).Union(item.AsObject().Select(p => p.Key))
                    .Where(m => !JsonNode.DeepEquals(old.Item[m], item[m])).Order(StringComparer.Ordinal).ToList();
                changes.Add(("changed", id, kind, item, members));
            }
        }

        foreach (var (id, (kind, item)) in before.Where(p => !after.ContainsKey(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            changes.Add(("removed", id, kind, item, []));
        }

        // Members outside the profile a sender also depends on (languages, algorithms, versions, endpoint, size limit).
        var top = beforeTop.Select(p => p.Key).Union(afterTop.Select(p => p.Key))
            .Where(m => m is not ("requirements" or "signatures" or "issuedAt") && !JsonNode.DeepEquals(beforeTop[m], afterTop[m])).Order(StringComparer.Ordinal).ToList();
        if (json)
        {
            stdout.WriteLine(CliJson.Build(w =>
            {
                w.WriteStartObject();
                w.WriteBoolean("identical", changes.Count == 0 && top.Count == 0);
                w.WriteStartArray("documentMembers");
                top.ForEach(w.WriteStringValue);
                w.WriteEndArray();
                w.WriteStartArray("items");
                foreach (var c in changes)
                {
                    w.WriteStartObject();
                    w.WriteString("change", c.Change);
                    w.WriteString("id", c.Id);
                    w.WriteString("kind", c.Kind);
                    CliJson.WriteOptional(w, "citation", (string?)c.Item?["source"]?["citation"]);
                    CliJson.WriteOptional(w, "status", (string?)c.Item?["source"]?["status"]);
                    CliJson.WriteOptional(w, "effectiveFrom", (string?)c.Item?["effectiveFrom"]);
                    w.WriteStartArray("members");
                    foreach (var m in c.Members)
                    {
                        w.WriteStringValue(m);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }));
        }
        else
        {
            stdout.WriteLine(changes.Count == 0 && top.Count == 0
                ? $"{afterPath}: no change from {beforePath}"
                : $"{afterPath}: {changes.Count} requirement item(s) changed from {beforePath}; a sender must check its drafts against the added and changed items");
            foreach (var c in changes)
            {
                var sign = c.Change switch { "added" => "+", "removed" => "-", _ => "~" };
                var members = c.Members.Count > 0 ? $" [{string.Join(", ", c.Members)}]" : string.Empty;
                stdout.WriteLine($"  {sign} {c.Change,-7} {CliText.Escape(c.Kind),-18} {CliText.Escape(c.Id)}{CliText.Escape(members)}  from {CliText.Escape((string?)c.Item?["effectiveFrom"])}  ({CliText.Escape((string?)c.Item?["source"]?["citation"])})");
            }

            foreach (var m in top)
            {
                stdout.WriteLine($"  ~ document member {CliText.Escape(m)}");
            }
        }

        return changes.Count == 0 && top.Count == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>Reads a document (it must read as capabilities) and indexes its requirement items by id, with their kind (the list they are in).</summary>
    private static bool TryItems(string path, TextWriter stderr, out Dictionary<string, (string Kind, JsonNode Item)> items, out JsonObject top)
    {
        items = new(StringComparer.Ordinal);
        top = [];
        if (!CliFiles.TryReadBytes(path, stderr, out var bytes))
        {
            return false;
        }

        var read = CapabilitiesReader.Read(bytes);
        if (read.Document is null)
        {
            stderr.WriteLine($"mlat: '{CliText.Escape(path)}' is not a readable capabilities document ({CliCodes.BadProfile}):");
            CliFiles.WriteFindingsText(stderr, read.Findings);
            return false;
        }

        top = JsonNode.Parse(bytes)!.AsObject();
        Collect(top["requirements"], "instrument", items);
        return true;
    }

    private static void Collect(JsonNode? node, string kind, Dictionary<string, (string, JsonNode)> items)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["id"] is JsonValue id && id.TryGetValue<string>(out var name) && o.ContainsKey("source"))
                {
                    // The item without the lists nested in it: an instrument entry changes when its own members do.
                    var own = new JsonObject(o.Where(p => p.Value is not JsonArray and not JsonObject || p.Key is "source" or "authority" || p.Value is JsonArray a && a.All(v => v is JsonValue))
                        .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
                    items.TryAdd(name, (kind, own));
                }

                foreach (var (member, value) in o)
                {
                    Collect(value, member is "instruments" ? "instrument" : member, items);
                }

                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    Collect(v, kind, items);
                }

                break;
        }
    }

    private static IEnumerable<RequirementItem> Items(InstrumentRequirements i)
        => new RequirementItem?[] { i, i.Signatures, i.Encryption }.OfType<RequirementItem>()
            .Concat(i.Languages).Concat(i.Declarations).Concat(i.DualCriminality).Concat(i.PenaltyThresholds).Concat(i.Measures).Concat(i.Channels).Concat(i.Costs);
}
