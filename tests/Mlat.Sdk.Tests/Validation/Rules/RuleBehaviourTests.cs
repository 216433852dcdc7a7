using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Rules;

namespace Mlat.Sdk.Tests.Validation.Rules;

/// <summary>How rules take part in validation: profile selection, report validity, and the issue's properties.</summary>
public sealed class RuleBehaviourTests
{
    private const string Marker = "QXMARKERQX";

    private static readonly string Rules = Path.Combine(TestPaths.Samples, "1.0", "rules");

    private static byte[] Sample(string path) => File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", path));

    [Fact]
    public void Rule_error_makes_the_report_invalid_and_withholds_the_message()
    {
        var report = MlatValidator.Default.Validate(Sample("rules/MLAT-R-0017/violates-measure-subject-not-in-request.json"));

        Assert.False(report.IsSuccess);
        Assert.Null(report.Message);
        var thrown = Assert.Throws<MlatException>(() => report.MessageOrThrow());
        Assert.Contains(thrown.Findings, f => f.Code == "MLAT-R-0017" && f.Pointer == "/body/measures/1/subjectRefs/0");
    }

    [Fact]
    public void Rule_warning_keeps_the_report_valid_with_the_message()
    {
        var report = MlatValidator.Default.Validate(Sample("rules/MLAT-R-0014/violates-witness-without-nationality.json"));

        Assert.True(report.IsSuccess);
        Assert.NotNull(report.Message);
        var warning = Assert.Single(report.Findings);
        Assert.Equal(("MLAT-R-0014", "/body/persons/1/nationalities", FindingSeverity.Warning), (warning.Code, warning.Pointer, warning.Severity));
    }

    [Fact]
    public void Request_is_checked_under_its_own_profile_unless_one_is_forced()
    {
        var bytes = Sample("rules/MLAT-R-0011/violates-proceedings-without-conducting-authority.json");

        var own = MlatValidator.Default.Validate(bytes);
        Assert.Equal(Profile.MlaUntoc, own.Profile);
        Assert.Contains(own.Findings, f => f.Code == "MLAT-R-0011");

        // Under the EIO profile the UNTOC art. 18(15) rule does not apply, and the EIO rules do.
        var forced = new MlatValidator(new MlatValidatorOptions { Profile = Profile.Eio }).Validate(bytes);
        Assert.Equal(Profile.Eio, forced.Profile);
        Assert.DoesNotContain(forced.Findings, f => f.Code == "MLAT-R-0011");
    }

    [Fact]
    public void Reply_runs_profile_independent_rules_only_unless_a_profile_is_forced()
    {
        var bytes = Sample("valid/RefusalNotice/full-untoc-spain-to-brazil.json");

        var plain = MlatValidator.Default.Validate(bytes);
        Assert.Null(plain.Profile);
        Assert.True(plain.IsSuccess);

        var asEio = new MlatValidator(new MlatValidatorOptions { Profile = Profile.Eio }).Validate(bytes);
        Assert.Equal(Profile.Eio, asEio.Profile);
        Assert.Equal([("MLAT-R-0028", "/body/grounds/0/code")], asEio.Findings.Select(f => (f.Code, f.Pointer)));

        var asUntoc = new MlatValidator(new MlatValidatorOptions { Profile = Profile.MlaUntoc }).Validate(bytes);
        Assert.Empty(asUntoc.Findings);
    }

    [Fact]
    public void Reply_validated_in_its_request_context_takes_the_request_profile_and_checks_its_measures()
    {
        var request = MlatValidator.Default.Validate(Sample("valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json")).MessageOrThrow();
        var reply = Sample("valid/RefusalNotice/full-untoc-spain-to-brazil.json");

        var report = MlatValidator.Default.Validate(reply, request);

        // The UNTOC refusal does not belong to the German EIO: wrong instrument, other conversation, other request.
        Assert.Equal(Profile.Eio, report.Profile);
        Assert.Equal(
            ["MLAT-R-0028 /body/grounds/0/code", "MLAT-R-0037 /body/request/messageId", "MLAT-R-0037 /header/conversationId"],
            report.Findings.Select(f => $"{f.Code} {f.Pointer}"));
    }

    [Fact]
    public void A_context_that_is_not_a_request_or_order_is_a_coded_finding_and_the_message_is_checked_without_it()
    {
        var reply = Sample("valid/RefusalNotice/full-untoc-spain-to-brazil.json");
        var notARequest = MlatValidator.Default.Validate(reply).MessageOrThrow();

        var report = MlatValidator.Default.Validate(reply, notARequest);

        // Not the request's rules against the wrong message (the reply's own conversation would pass R-0037 silently).
        Assert.False(report.IsSuccess);
        Assert.Null(report.Profile);
        Assert.Equal([(FindingCodes.RuleContextNotRequest, string.Empty, FindingSeverity.Error)], report.Findings.Select(f => (f.Code, f.Pointer, f.Severity)));
    }

    [Theory]
    [InlineData("rules/MLAT-R-0067/violates-preserved-fourteen-months-ahead.json", "valid/PreservationOrder/minimal.json", "MLAT-R-0067 /body/extendedUntil")]
    [InlineData("rules/MLAT-R-0067/satisfies-extension-by-30-days.json", "valid/PreservationOrder/minimal.json", "")]
    public void An_order_is_a_context_whose_profile_and_date_apply(string file, string order, string expected)
    {
        byte[] Read(string path) => File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.1", path));
        var context = MlatValidator.Default.Validate(Read(order)).MessageOrThrow();

        var report = MlatValidator.Default.Validate(Read(file), context);
        var alone = MlatValidator.Default.Validate(Read(file));

        // In the order's context the EPOC-PR profile applies; alone, the extension carries no profile and R-0067 does not run.
        Assert.Equal(Profile.EpocPr, report.Profile);
        Assert.Equal(expected, string.Join(" | ", report.Findings.Select(f => $"{f.Code} {f.Pointer}")));
        Assert.DoesNotContain(alone.Findings, f => f.Code == "MLAT-R-0067");
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_defect_finding_and_the_other_rules_still_run()
    {
        var message = MlatValidator.Default.Validate(Sample("valid/AssistanceRequest/minimal.json")).MessageOrThrow();
        var findings = new List<Finding>();

        RuleSet.Run([new ThrowingRule(), .. RuleSet.All.Where(r => r.Id == "MLAT-R-0031")], message with { Body = ((AssistanceRequest)message.Body) with { ExecutingState = CountryCode.SK } }, Profile.Eio, null, findings);

        Assert.Equal([(FindingCodes.RuleFailed, string.Empty, FindingSeverity.Error), ("MLAT-R-0031", "/body/executingState", FindingSeverity.Error)], findings.Select(f => (f.Code, f.Pointer, f.Severity)));
        Assert.Contains("MLAT-R-9999", findings[0].Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingRule : BusinessRule
    {
        public override string Id => "MLAT-R-9999";

        public override FindingSeverity Severity => FindingSeverity.Error;

        public override IReadOnlyList<Profile> Profiles => AllProfiles;

        public override IReadOnlyList<MessageType> MessageTypes => [MessageType.AssistanceRequest];

        public override string LegalSource => "none";

        public override string Description => "A defective rule for the test.";

        public override void Check(RuleContext context) => throw new InvalidOperationException("defect");
    }

    [Fact]
    public void Rules_do_not_run_on_a_schema_invalid_message()
    {
        var node = JsonNode.Parse(Sample("rules/MLAT-R-0017/violates-measure-subject-not-in-request.json"))!;
        node["body"]!["executingState"] = "XX"; // schema.enum, so the message is never bound
        var report = MlatValidator.Default.Validate(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Contains(report.Findings, f => f.Code == "schema.enum");
        Assert.DoesNotContain(report.Findings, f => f.Code.StartsWith("MLAT-R-", StringComparison.Ordinal));
        Assert.Null(report.Profile);
    }

    [Fact]
    public void No_finding_message_or_rejection_contains_a_value_from_the_message()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Samples, "1.0"), "*.json", SearchOption.AllDirectories);
        var ruleFindings = 0;
        foreach (var file in files)
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(File.ReadAllBytes(file));
            }
            catch (System.Text.Json.JsonException)
            {
                continue; // samples of parse errors carry no text members to mark
            }

            // The body is the content; the header's parties are addressing data a rejection must repeat to be delivered.
            var marked = 0;
            Mark(node is JsonObject root && root["body"] is JsonObject body ? body : null, ref marked);
            if (marked == 0)
            {
                continue;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(node!.ToJsonString());
            var report = MlatValidator.Default.Validate(bytes);
            ruleFindings += report.Findings.Count(f => f.Code.StartsWith("MLAT-R-", StringComparison.Ordinal));
            Assert.All(report.Findings, f => Assert.DoesNotContain(Marker, f.Message, StringComparison.Ordinal));
            if (!report.IsSuccess)
            {
                var party = new Party { Country = CountryCode.FR, AuthorityId = "FR:BEPI", Name = "Bureau de l'entraide pénale internationale", Role = PartyRole.CentralAuthority };
                var rejection = TechnicalRejections.Create(report, bytes, party, Guid.NewGuid(), party);
                Assert.DoesNotContain(Marker, Mlat.Sdk.Serialization.MlatJson.Serialize(rejection), StringComparison.Ordinal);
            }
        }

        Assert.True(ruleFindings >= 30, $"only {ruleFindings} rule findings: the marked samples do not exercise the rules");
    }

    // Every free text, name and label gets the marker; identifiers and codes keep their patterns.
    private static void Mark(JsonNode? node, ref int marked)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s) && key is "text" or "name" or "label" or "title" or "roleDetail" or "freeText" or "street" or "city" or "postHeld")
                    {
                        obj[key] = Marker + s;
                        marked++;
                    }
                    else if (value is JsonArray names && key is "familyNames" or "givenNames" or "aliases")
                    {
                        for (var i = 0; i < names.Count; i++)
                        {
                            names[i] = Marker + names[i]!.GetValue<string>();
                            marked++;
                        }
                    }
                    else
                    {
                        Mark(value, ref marked);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Mark(item, ref marked);
                }

                break;
        }
    }

    /// <summary>
    /// Issue 3 property: a generated valid EIO request (authority type, urgency and the measures of section C vary)
    /// with one section the annex requires removed yields that section's rule finding, not a crash and not silence.
    /// </summary>
    [Fact]
    public void Generated_eio_request_missing_one_required_section_yields_the_matching_finding()
    {
        var variants =
            from otherCompetent in Gen.Elements(false, true)
            from urgency in Gen.Elements("NONE", "URGENT", "EMERGENCY")
            from extras in Gen.SubListOf(new[] { "INTERCEPTION", "TRANSFER", "VIDEO" })
            from shuffle in Gen.Elements(false, true)
            from pick in Gen.Choose(0, 1000)
            select (otherCompetent, urgency, extras: extras.ToArray(), shuffle, pick);

        Prop.ForAll(variants.ToArbitrary(), v =>
        {
            var (request, removals) = EioRequest.Build(v.otherCompetent, v.urgency, v.extras, v.shuffle);
            var complete = MlatValidator.Default.Validate(System.Text.Encoding.UTF8.GetBytes(request.ToJsonString()));
            var (remove, rule, pointer) = removals[v.pick % removals.Count];
            remove(request);
            var report = MlatValidator.Default.Validate(System.Text.Encoding.UTF8.GetBytes(request.ToJsonString()));

            return (complete.IsSuccess && complete.Findings.Count == 0
                    && !report.IsSuccess
                    && report.Findings.Any(f => f.Code == rule && f.Pointer == pointer && f.Severity == FindingSeverity.Error)
                    && report.Findings.All(f => f.Code.StartsWith("MLAT-R-", StringComparison.Ordinal)))
                .Label($"complete: {string.Join("; ", complete.Findings.Select(f => f.Code + " " + f.Pointer))}; expected {rule} {pointer}; got {string.Join("; ", report.Findings.Select(f => f.Code + " " + f.Pointer))}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    /// <summary>Builds EIO requests from the German–French sample and lists what the annex requires of each.</summary>
    private static class EioRequest
    {
        public static (JsonNode Request, List<(Action<JsonNode> Remove, string Rule, string Pointer)> Removals) Build(
            bool otherCompetent, string urgency, string[] extras, bool shuffle)
        {
            var node = JsonNode.Parse(Sample("valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json"))!;
            var body = node["body"]!;
            var removals = new List<(Action<JsonNode>, string, string)>();
            if (otherCompetent)
            {
                body["issuingAuthority"]!["type"] = "OTHER_COMPETENT";
                removals.Add((n => n["body"]!.AsObject().Remove("validatingAuthority"), "MLAT-R-0001", "/body/validatingAuthority"));
                removals.Add((n => n["body"]!.AsObject().Remove("validatedOn"), "MLAT-R-0001", "/body/validatedOn"));
            }

            if (urgency == "NONE")
            {
                body.AsObject().Remove("urgency");
            }
            else
            {
                body["urgency"]!["level"] = urgency;
                removals.Add((n => n["body"]!["urgency"]!.AsObject().Remove("reasons"), "MLAT-R-0009", "/body/urgency/reasons"));
            }

            removals.Add((n => n["body"]!["deadlines"]![0]!.AsObject().Remove("reason"), "MLAT-R-0010", "/body/deadlines/0/reason"));
            removals.Add((n => n["body"]!["offences"]![0]!.AsObject().Remove("maximumPenalty"), "MLAT-R-0008", "/body/offences/0/maximumPenalty"));

            var measures = body["measures"]!.AsArray();
            foreach (var extra in extras)
            {
                measures.Add(JsonNode.Parse(extra switch
                {
                    "INTERCEPTION" => """{"id":"m3","type":"INTERCEPTION_OF_TELECOMMUNICATIONS","description":{"entries":[{"lang":"de","text":"Überwachung des Mobilfunkanschlusses.","original":true}]},"subjectRefs":["p1"],"details":{"interception":{"reasonsRelevant":{"entries":[{"lang":"de","text":"Steuerung der Geldflüsse per Telefon.","original":true}]},"targetRefs":["p1"],"targets":[{"type":"PHONE_E164","value":"+33612345678"}],"duration":"P2M"}}}""",
                    "TRANSFER" => """{"id":"m4","type":"TEMPORARY_TRANSFER_TO_ISSUING_STATE","description":{"entries":[{"lang":"de","text":"Zeitweilige Überstellung zur Gegenüberstellung.","original":true}]},"subjectRefs":["p1"],"details":{"detainedPersonTransfer":{"personRef":"p1","direction":"TO_ISSUING_STATE","consent":"GIVEN"}}}""",
                    _ => """{"id":"m5","type":"HEARING_BY_VIDEOCONFERENCE","description":{"entries":[{"lang":"de","text":"Vernehmung der Beschuldigten per Videokonferenz.","original":true}]},"subjectRefs":["p1"],"details":{"remoteHearing":{"mode":"VIDEOCONFERENCE","personRef":"p1","conductingAuthority":{"id":"DE:StA-Muenchen-I","country":"DE","name":"Staatsanwaltschaft München I","type":"PUBLIC_PROSECUTOR"}}}}""",
                }));
            }

            if (shuffle)
            {
                var items = measures.Select(m => m!.DeepClone()).Reverse().ToList();
                measures.Clear();
                items.ForEach(measures.Add);
            }

            for (var i = 0; i < measures.Count; i++)
            {
                var index = i;
                var at = $"/body/measures/{i}/details";
                Func<JsonNode, JsonObject> details = n => n["body"]!["measures"]![index]!["details"]!.AsObject();
                switch (measures[i]!["type"]!.GetValue<string>())
                {
                    case "BANK_ACCOUNT_INFORMATION":
                        removals.Add((n => details(n)["bankAccounts"]!.AsObject().Remove("reasonsRelevant"), "MLAT-R-0006", at + "/bankAccounts/reasonsRelevant"));
                        removals.Add((n => details(n).Remove("bankAccounts"), "MLAT-R-0006", at + "/bankAccounts"));
                        break;
                    case "BANK_OPERATIONS_INFORMATION":
                        removals.Add((n => details(n)["bankOperations"]!.AsObject().Remove("period"), "MLAT-R-0007", at + "/bankOperations/period"));
                        break;
                    case "INTERCEPTION_OF_TELECOMMUNICATIONS":
                        removals.Add((n => details(n)["interception"]!.AsObject().Remove("duration"), "MLAT-R-0003", at + "/interception/duration"));
                        removals.Add((n => details(n).Remove("interception"), "MLAT-R-0003", at + "/interception"));
                        break;
                    case "TEMPORARY_TRANSFER_TO_ISSUING_STATE":
                        removals.Add((n => details(n)["detainedPersonTransfer"]!.AsObject().Remove("consent"), "MLAT-R-0004", at + "/detainedPersonTransfer/consent"));
                        break;
                    case "HEARING_BY_VIDEOCONFERENCE":
                        removals.Add((n => details(n)["remoteHearing"]!.AsObject().Remove("conductingAuthority"), "MLAT-R-0005", at + "/remoteHearing/conductingAuthority"));
                        break;
                }
            }

            return (node, removals);
        }
    }
}
