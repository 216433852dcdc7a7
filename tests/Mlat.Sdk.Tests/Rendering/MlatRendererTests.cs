using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Tests.Envelopes;

namespace Mlat.Sdk.Tests.Rendering;

public class MlatRendererTests
{
    internal const string FullEio = "1.1/valid/AssistanceRequest/eio-de-fr-bank-records-fraud.json";
    internal const string FullEpoc = "1.1/valid/ProductionOrder/full-emergency-epoc-traffic-content.json";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Foreign = new(StringComparer.Ordinal);

    public static TheoryData<string, string> SamplesByLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in RenderedPage.ValidSamples())
        {
            foreach (var language in RenderedPage.Languages)
            {
                data.Add(sample, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesByLanguage))]
    public void Valid_sample_renders_as_well_formed_self_contained_page_with_every_value_and_only_its_language(string sample, string language)
    {
        var message = RenderedPage.Load(sample);
        var html = MlatRenderer.Render(message, new RenderOptions { Language = language });
        var document = RenderedPage.Parse(html); // strict: a parse error throws

        // Self-contained: no script, no element that fetches, no CSS that fetches.
        Assert.Empty(document.QuerySelectorAll("script, img, iframe, object, embed, link, base, form, video, audio, source"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name is "src" or "href" or "srcset" || a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));

        // Every leaf value of the message is on the page.
        var text = Normalise(document.Body!.TextContent);
        var pack = LabelPack.Get(language);
        using var tree = JsonDocument.Parse(MlatJson.SerializeToUtf8Bytes(message));
        foreach (var (pointer, value) in RenderedPage.Leaves(tree.RootElement))
        {
            // A text entry's "original" flag is shown as the word original or translation beside the text.
            var isOriginalFlag = pointer.EndsWith("/original", StringComparison.Ordinal) && pointer.Contains("/entries/", StringComparison.Ordinal);
            var expected = value.ValueKind switch
            {
                JsonValueKind.True when isOriginalFlag => pack.Labels["ui.original"].Text,
                JsonValueKind.False when isOriginalFlag => pack.Labels["ui.translation"].Text,
                JsonValueKind.String => Normalise(value.GetString()!),
                JsonValueKind.True => pack.Labels["ui.yes"].Text,
                JsonValueKind.False => pack.Labels["ui.no"].Text,
                _ => value.GetRawText(),
            };
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{sample} ({language}): the value at {pointer} is not on the page");
        }

        // No word of another language's pack in the page's own words.
        var labels = RenderedPage.LabelText(document);
        var foreign = Foreign.GetOrAdd(language, RenderedPage.ForeignTexts);
        Assert.True(foreign.Count > 1000, "too few texts of the other packs to check against");
        var leaked = foreign.Where(t => labels.Contains(t, StringComparison.Ordinal)).ToList();
        Assert.True(leaked.Count == 0, $"{sample} ({language}) shows text of another pack: {string.Join(" | ", leaked.Take(5))}");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("en")]
    public void Full_eio_is_laid_out_as_annex_a_with_its_sections_in_order_and_codes_in_the_reader_language(string language)
    {
        var pack = LabelPack.Get(language);
        var document = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Load(FullEio), new RenderOptions { Language = language }));

        Assert.Equal(pack.Labels["form.eio-annex-a"].Text, document.QuerySelector(".head .form")!.TextContent);
        var titles = document.QuerySelectorAll("main > section.sec > h2").Select(h => h.TextContent).ToList();
        var expected = "ABCDEFGHIJKL".Select(c => pack.Labels[$"section.eio-annex-a.{c}"].Text)
            .Where(titles.Contains).ToList();
        Assert.True(expected.Count >= 10, $"only {expected.Count} annex A sections rendered");
        Assert.Equal(expected, titles.Where(expected.Contains).ToList());

        // The bank-details measure's additional requirements are in section H, not repeated in section C.
        var sectionH = document.QuerySelector("#sec-H")!;
        Assert.Contains(pack.Labels["field.bankAccounts"].Text, sectionH.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(pack.Labels["field.bankAccounts"].Text, document.QuerySelector("#sec-C")!.TextContent, StringComparison.Ordinal);

        var body = document.Body!.TextContent;
        Assert.Contains(pack.Labels["code.CountryCode.FR"].Text, body, StringComparison.Ordinal);
        Assert.Contains(pack.Labels["code.UrgencyReason.PERSON_IN_CUSTODY"].Text, body, StringComparison.Ordinal);
        Assert.Contains(pack.Labels["code.Header.messageType.AssistanceRequest"].Text, document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FullEpoc, "epoc-annex-i")]
    [InlineData("1.1/valid/PreservationOrder/full-budapest-art29.json", "letter-of-request")]
    [InlineData("1.1/valid/AssistanceRequest/untoc-br-es-witness-videoconference.json", "letter-of-request")]
    [InlineData("1.1/valid/AcknowledgementOfReceipt/full-paris-to-munich.json", "eio-annex-b")]
    [InlineData("1.1/valid/InterceptionNotification/full-prior-notification.json", "eio-annex-c")]
    [InlineData("1.1/valid/ImpossibilityNotice/full-conflicting-obligations.json", "epoc-annex-iii")]
    [InlineData("1.1/valid/RefusalNotice/full-ne-bis-in-idem-partial.json", "reply")]
    [InlineData("1.2/valid/AssistanceRequest/eio-1-2-additions.json", "eio-annex-a")]
    [InlineData("1.2/valid/ProductionOrder/cets224-art9-emergency-iccid-imei.json", "letter-of-request")]
    [InlineData("1.2/valid/EnforcingAuthorityDecision/full-grounds-raised.json", "epoc-enforcing-decision")]
    [InlineData("1.2/valid/ClosureNotice/full-partially-executed.json", "reply")]
    [InlineData("1.2/valid/WithdrawalAcknowledgement/full-partial-stop.json", "reply")]
    [InlineData("1.2/valid/EvidenceReceipt/digest-mismatch.json", "reply")]
    public void Each_message_is_laid_out_as_its_form_or_as_a_letter(string sample, string form)
    {
        var pack = LabelPack.Get("de");
        var document = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Load(sample), new RenderOptions { Language = "de" }));
        Assert.Equal(pack.Labels[$"form.{form}"].Text, document.QuerySelector(".head .form")!.TextContent);
        var titles = document.QuerySelectorAll("main > section.sec > h2").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Contains(pack.Labels, kv => kv.Value.Text == t && (kv.Key.StartsWith($"section.{form}.", StringComparison.Ordinal) || kv.Key is "ui.otherInformation" or "ui.encodedSignatures" or "ui.extensions")));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de")]
    public void Enforcing_authority_decision_is_laid_out_with_the_epoc_forms_order_authority_decision_grounds_and_conditions(string language)
    {
        // Regulation (EU) 2023/1543 art. 12: the order concerned, who decides, the decision with its art. 12(1) grounds, the conditions of art. 12(5).
        var pack = LabelPack.Get(language);
        var document = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Load("1.2/valid/EnforcingAuthorityDecision/full-grounds-raised.json"), new RenderOptions { Language = language }));
        var titles = document.QuerySelectorAll("main > section.sec > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["A", "B", "C", "D"], titles.Select(t => pack.Labels.Single(kv => kv.Key.StartsWith("section.epoc-enforcing-decision.", StringComparison.Ordinal) && kv.Value.Text == t).Key[^1..]));
        Assert.Contains(pack.Labels["field.order"].Text, document.QuerySelector("#sec-A")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pack.Labels["code.CountryCode.IE"].Text, document.QuerySelector("#sec-B")!.TextContent, StringComparison.Ordinal);
        var decision = document.QuerySelector("#sec-C")!.TextContent;
        Assert.Contains(pack.Labels["code.EnforcingDecisionKind.GROUNDS_RAISED"].Text, decision, StringComparison.Ordinal);
        Assert.Contains(pack.Labels["code.EnforcingRefusalGround.IMMUNITY_OR_PRESS_FREEDOM"].Text, decision, StringComparison.Ordinal);
        Assert.Contains(pack.Labels["field.conditionsOnUse"].Text, document.QuerySelector("#sec-D")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pack.Labels["code.Header.messageType.EnforcingAuthorityDecision"].Text, document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2/valid/WithdrawalAcknowledgement/full-partial-stop.json", "withdrawalId")]
    [InlineData("1.2/valid/EvidenceReceipt/digest-mismatch.json", "transmissionId")]
    [InlineData("1.2/valid/ClosureNotice/full-partially-executed.json", "request")]
    public void A_reply_of_release_1_2_names_the_message_it_answers_in_the_reference_section(string sample, string member)
    {
        var pack = LabelPack.Get("es");
        var document = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Load(sample), new RenderOptions { Language = "es" }));
        Assert.Equal(pack.Labels["section.reply.reference"].Text, document.QuerySelector("#sec-reference > h2")!.TextContent);
        IEnumerable<string> Keys(string section) => document.QuerySelectorAll($"#{section} > .f > .k").Select(k => k.TextContent);
        Assert.Contains(pack.Labels[$"field.{member}"].Text, Keys("sec-reference"));
        Assert.DoesNotContain(pack.Labels[$"field.{member}"].Text, Keys("sec-content"));
        Assert.NotEmpty(Keys("sec-content"));
    }

    [Fact]
    public void Refusal_grounds_are_shown_with_their_article()
    {
        var document = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Load("1.1/valid/RefusalNotice/full-ne-bis-in-idem-partial.json"), new RenderOptions { Language = "fr" }));
        Assert.Contains(LabelPack.Get("fr").Labels["code.RefusalGroundCode.EIO_ART11_1_D"].Text, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("art. 11, par. 1, point d)", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_shows_the_original_beside_each_translation_with_who_translated_it_and_how()
    {
        var document = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Load(FullEio), new RenderOptions { Language = "fr" }));
        var fr = LabelPack.Get("fr");
        var texts = document.QuerySelectorAll(".mt").ToList();
        Assert.NotEmpty(texts);
        var nature = texts.Single(t => t.TextContent.Contains("Ermittlungsverfahren wegen gewerbsmäßigen Betrugs", StringComparison.Ordinal));
        var entries = nature.QuerySelectorAll(".e").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains(fr.Labels["ui.original"].Text, entries[0].QuerySelector(".eh")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("de", entries[0].QuerySelector(".et")!.GetAttribute("lang"));
        Assert.Contains(fr.Labels["ui.translation"].Text, entries[1].QuerySelector(".eh")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sworn translator", entries[1].QuerySelector(".eh")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(fr.Labels["code.TranslationMethod.HUMAN"].Text, entries[1].QuerySelector(".eh")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("reader", entries[1].ClassList);
        Assert.Null(nature.QuerySelector(".tbt"));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    [InlineData("fr")]
    public void Text_without_a_version_in_the_reader_language_is_marked_to_be_translated_in_that_language(string language)
    {
        var message = RenderedPage.Load(FullEio);
        using var tree = JsonDocument.Parse(MlatJson.SerializeToUtf8Bytes(message));
        var multilingual = RenderedPage.Leaves(tree.RootElement).Select(l => l.Pointer)
            .Where(p => p.EndsWith("/lang", StringComparison.Ordinal))
            .GroupBy(p => p[..p.LastIndexOf("/entries/", StringComparison.Ordinal)])
            .ToList();
        var withoutReaderLanguage = multilingual.Count(g => !g.Any(p => Pointer(tree.RootElement, p).GetString() == language));

        var document = RenderedPage.Parse(MlatRenderer.Render(message, new RenderOptions { Language = language }));
        var marks = document.QuerySelectorAll(".tbt").ToList();
        Assert.Equal(withoutReaderLanguage, marks.Count);
        Assert.All(marks, m => Assert.Equal(LabelPack.Get(language).Labels["ui.toBeTranslated"].Text, m.TextContent));
        Assert.Equal(multilingual.Count, document.QuerySelectorAll(".mt").Length);
    }

    [Theory]
    [InlineData(FullEio)]
    [InlineData("1.2/valid/AssistanceRequest/eio-1-2-additions.json")]
    [InlineData("1.2/valid/EnforcingAuthorityDecision/full-grounds-raised.json")]
    [InlineData("1.2/valid/ClosureNotice/full-partially-executed.json")]
    public void Hostile_text_in_every_free_text_field_is_shown_literally_and_cannot_add_markup(string sample)
    {
        var message = HostileEio(sample);
        var html = MlatRenderer.Render(message, new RenderOptions { Language = "fr" });
        var document = RenderedPage.Parse(html);

        // Every free-text field of the message is on the page, each with its one (hostile) version.
        using var tree = JsonDocument.Parse(MlatJson.SerializeToUtf8Bytes(message));
        var freeTexts = RenderedPage.Leaves(tree.RootElement).Count(l => l.Pointer.EndsWith("/entries/0/text", StringComparison.Ordinal));
        Assert.True(freeTexts >= 1, $"no free-text field in {sample}");
        Assert.Equal(freeTexts, document.QuerySelectorAll(".et").Length);

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, svg, math, style:not(head > style)"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var shown = document.QuerySelectorAll(".et").Select(e => e.TextContent).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, t => Assert.Equal(HostileShown, t));

        // Direction overrides and invisible characters do not reach the page as such: they are visible code points.
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u200B', html);
        Assert.DoesNotContain('\uFEFF', html);
        Assert.DoesNotContain('\u2066', html);
        Assert.Contains("U+202E", document.QuerySelector(".et .cc")!.TextContent, StringComparison.Ordinal);

        // Long words wrap anywhere: the rule is on the body and on every value container.
        var css = document.QuerySelector("head > style")!.TextContent;
        Assert.Matches(@"body \{[^}]*overflow-wrap: anywhere", css);
        Assert.Matches(@"\.et[^{]*\{[^}]*overflow-wrap: anywhere|\.et, [^{]*\{[^}]*overflow-wrap: anywhere|, \.et,[^{]*\{[^}]*overflow-wrap: anywhere", css);
        Assert.Matches(@"\.f \{[^}]*minmax\(0, 30%\) minmax\(0, 1fr\)", css);
    }

    [Fact]
    public void Verified_signers_are_listed_with_role_authority_time_and_certificate_thumbprint()
    {
        // The EIO as if created just before the test keys sign it (a signature's time must agree with createdAt).
        var json = EnvelopeTestKit.Mutate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, FullEio)), n => n["header"]!["createdAt"] = "2026-11-28T09:59:00Z");
        var signed = EnvelopeTestKit.Sign(EnvelopeTestKit.Sign(json, EnvelopeTestKit.Issuer), EnvelopeTestKit.JudgePki, SignerRole.Validating);
        var verification = EnvelopeTestKit.Verifier(new VerificationPolicy { VerifierAuthorityId = "FR:TJ-Paris-Parquet" }).Verify(signed);
        Assert.True(verification.IsSuccess, string.Join(",", EnvelopeTestKit.Codes(verification)));

        var fr = LabelPack.Get("fr");
        var document = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Bind(signed), new RenderOptions { Language = "fr", Verification = verification }));
        var rows = document.QuerySelectorAll("table.signers tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(fr.Labels["ui.signaturesVerified"].Text, document.QuerySelector(".sig-status.ok")!.TextContent);
        var issuer = rows[0].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(fr.Labels["code.SignerRole.Issuing"].Text, issuer[0]);
        Assert.Equal(EnvelopeTestKit.Sender, issuer[1]);
        Assert.StartsWith(fr.Labels["code.CountryCode.DE"].Text, issuer[2], StringComparison.Ordinal);
        Assert.Equal("2026-11-28T10:00:00Z", issuer[3]);
        Assert.Equal("SHA-256 " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(EnvelopeTestKit.Issuer.SignerCertificate.RawData)), issuer[4]);
        Assert.Equal(fr.Labels["code.SignerRole.Validating"].Text, rows[1].QuerySelector("td")!.TextContent);

        // Without a verification result the page says the signatures were not checked, and lists no signer.
        var unchecked_ = RenderedPage.Parse(MlatRenderer.Render(RenderedPage.Bind(signed), new RenderOptions { Language = "fr" }));
        Assert.Empty(unchecked_.QuerySelectorAll("table.signers"));
        Assert.Equal(fr.Labels["ui.signaturesPresentNotChecked"].Text, unchecked_.QuerySelector(".sig-status.unchecked")!.TextContent);
    }

    [Fact]
    public void Unknown_language_is_refused_with_the_available_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => MlatRenderer.Render(RenderedPage.Load(FullEio), new RenderOptions { Language = "xx" }));
        Assert.Contains("de, en, es, fr", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Markup, script, an RTL override, isolates, zero-width characters, a BOM and a 10 000-character word.</summary>
    internal static readonly string Hostile =
        "</div></section><script>alert(1)</script><img src=x onerror=alert(2)><style>body{display:none}</style>"
        + " \u202Egnp.exe\u202C \u2066isolated\u2069 zero\u200Bwidth\u200Djoin\uFEFFbom "
        + new string('W', 10_000);

    internal static readonly string HostileShown = string.Concat(Hostile.Select(c => c switch
    {
        '\u202E' or '\u202C' or '\u2066' or '\u2069' or '\u200B' or '\uFEFF' => $"U+{(int)c:X4}",
        _ => c.ToString(),
    }));

    /// <summary>A sample (the full EIO by default) with the hostile text as the only version of every free-text field.</summary>
    internal static Mlat.Sdk.Messages.MlatMessage HostileEio(string sample = FullEio)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Samples, sample)))!;
        Replace(node);
        return RenderedPage.Bind(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));

        static void Replace(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o when o["entries"] is JsonArray entries && entries.Count > 0 && (entries[0] as JsonObject)?.ContainsKey("text") == true:
                    var lang = entries[0]!["lang"]!.GetValue<string>();
                    o["entries"] = new JsonArray(new JsonObject { ["lang"] = lang, ["text"] = Hostile, ["original"] = true });
                    break;
                case JsonObject o:
                    foreach (var child in o.Select(kv => kv.Value).ToList())
                    {
                        Replace(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a.ToList())
                    {
                        Replace(child);
                    }

                    break;
            }
        }
    }

    private static JsonElement Pointer(JsonElement root, string pointer)
    {
        var node = root;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.ValueKind == JsonValueKind.Array ? node[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : node.GetProperty(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
