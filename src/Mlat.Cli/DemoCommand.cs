using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mlat.Sdk.Testing;
using Mlat.Sdk;
using Mlat.Sdk.Cases;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Versioning;

namespace Mlat.Cli;

/// <summary>
/// <c>mlat demo [--out DIR]</c>: the end-to-end exchange of issue 6 with the public API only. A German prosecutor
/// issues an EIO for bank records (Directive 2014/41/EU art. 26), a judge adds a parallel approval signature as validating authority
/// (art. 2(c)(ii)), the version is negotiated with the French capabilities, the request is encrypted and "sent" as
/// files; Paris decrypts, verifies, validates, acknowledges (annex B, art. 16(1)), recognises the measure (art. 9, 12(3))
/// and transmits evidence with two hashed attachments (art. 13); Munich verifies the evidence chain, keeps the messages
/// in a case store and prints the case status folded from them, with a timeline page. Keys are TEST-ONLY, generated at run time.
/// </summary>
internal static partial class DemoCommand
{
    private static readonly MlatVersion Release12 = MlatVersion.Create(1, 2);

    private static readonly Party Munich = new() { Country = CountryCode.DE, AuthorityId = "DE:StA-Muenchen-I", Name = "Staatsanwaltschaft München I", Role = PartyRole.Issuing };
    private static readonly Party Paris = new() { Country = CountryCode.FR, AuthorityId = "FR:TJ-Paris-Parquet", Name = "Parquet du tribunal judiciaire de Paris", Role = PartyRole.Executing };
    private const string JudgeId = "DE:AG-Muenchen";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "Folder for the exchanged files (default: ./mlat-demo).", DefaultValueFactory = _ => "mlat-demo" };
        var network = new Option<bool>("--network") { Description = "Run Munich and Paris as two nodes on loopback and play the exchange over the HTTP binding (specification §15)." };
        var command = new Command("demo", "Run the end-to-end demo: EIO Munich -> Paris, acknowledgement, evidence with attachments (TEST-ONLY keys).") { output, network };
        command.SetAction(parse => Run(parse.GetValue(output)!, TimeProvider.System, stdout, stderr, parse.GetValue(network)));
        return command;
    }

    /// <summary>Runs the demo into <paramref name="outDir"/>; 0 when every check on both sides passed.</summary>
    internal static int Run(string outDir, TimeProvider time, TextWriter stdout, TextWriter stderr, bool network = false)
    {
        string root;
        try
        {
            root = Directory.CreateDirectory(outDir).FullName;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"mlat: cannot create '{outDir}' ({CliCodes.Unwritable})");
            return ExitCodes.Usage;
        }

        var demo = new Demo(root, time, stdout);
        try
        {
            return (network ? demo.PlayNetworkAsync().GetAwaiter().GetResult() : demo.Play()) ? ExitCodes.Success : ExitCodes.Failed;
        }
        finally
        {
            demo.Dispose();
        }
    }

    /// <summary>The clock of the story: starts two days ago and moves forward, so every signature is recent when checked.</summary>
    private sealed class StoryClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed partial class Demo : IDisposable
    {
        private readonly string root;
        private readonly TextWriter stdout;
        private readonly StoryClock clock;
        private readonly TestPkiBundle prosecutor;
        private readonly TestPkiBundle judge;
        private readonly TestPkiBundle parquet;
        private readonly TrustList trust;
        private bool ok = true;

        public Demo(string root, TimeProvider time, TextWriter stdout)
        {
            this.root = root;
            this.stdout = stdout;
            var now = time.GetUtcNow();
            clock = new StoryClock(new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddDays(-2));
            prosecutor = TestPki.Generate(CountryCode.DE, Munich.AuthorityId, roles: [SignerRole.Issuing], timeProvider: clock);
            judge = TestPki.Generate(CountryCode.DE, JudgeId, roles: [SignerRole.Validating], timeProvider: clock);
            parquet = TestPki.Generate(CountryCode.FR, Paris.AuthorityId, roles: [SignerRole.Executing], timeProvider: clock);

            // One trust list both sides use: each country's anchors and the roles its authorities may sign in (specification §8).
            trust = TrustList.Create(
                new[] { prosecutor, judge, parquet }.SelectMany(b => b.TrustList.Countries).GroupBy(c => c.Country)
                    .Select(g => new TrustListCountry(g.Key, [.. g.SelectMany(c => c.Anchors)], [.. g.SelectMany(c => c.Authorities)])),
                testOnly: true);
        }

        public void Dispose()
        {
            prosecutor.Dispose();
            judge.Dispose();
            parquet.Dispose();
        }

        public bool Play()
        {
            stdout.WriteLine("mlat demo: EIO for bank records, Staatsanwaltschaft München I -> Parquet de Paris (TEST-ONLY keys)");
            stdout.WriteLine($"artifacts: {root}");
            stdout.WriteLine();
            prosecutor.WriteTo(Path.Combine(root, "keys", "de-prosecutor"));
            judge.WriteTo(Path.Combine(root, "keys", "de-judge"));
            parquet.WriteTo(Path.Combine(root, "keys", "fr-parquet"));
            var trustPath = Save("keys/trust-list.json", trust.ToJson());
            Step("both", "test PKI generated for the prosecutor, the judge and the Paris parquet; shared trust list", trustPath);

            // 1. Munich negotiates the version with the capabilities Paris publishes (specification §10.4).
            var de = Capabilities(Munich, ["1.0", "1.1", "1.2"]);
            // Paris publishes its country profile in its capabilities, signed (specification §10.3, §10.7); Munich
            // verifies it before relying on it.
            using var publishingKey = parquet.CreateSigningKey();
            var fr = Signed(new EnvelopeSigner(clock).SignCapabilities(Capabilities(Paris, ["1.1", "1.2"], ParisProfile()), publishingKey), "Paris profile signed");
            Save("capabilities/de.json", de);
            var frPath = Save("capabilities/fr.json", fr);
            var frRead = CapabilitiesReader.Read(fr, new CapabilitiesSignatureVerifier(trust, timeProvider: clock));
            Check(frRead.IsSuccess, "Paris profile verified", frRead.Findings);
            var parisProfile = frRead.Document?.Requirements;
            var negotiation = new VersionNegotiator(clock).Negotiate(new NegotiationRequest
            {
                Sender = CapabilitiesReader.Read(de).Document!,
                Receiver = CapabilitiesReader.Read(fr).Document!,
                MessageType = MessageType.AssistanceRequest,
            });
            Check(negotiation.IsSuccess, "version negotiated");
            var version = negotiation.Version ?? MlatVersion.Latest;
            Step("DE", $"negotiated version {version} with the French capabilities (Munich offers 1.0 to 1.2, Paris receives 1.1 and 1.2)", frPath);

            // 2. The prosecutor builds the EIO with the C# model and validates it before signing.
            var request = BuildRequest(version);
            var requestJson = MlatJson.SerializeToUtf8Bytes(request);
            var report = MlatValidator.Default.Validate(requestJson);
            Check(report.IsSuccess, "request valid", report.Findings);
            var unsignedPath = Save("de/01-eio-request.json", requestJson);
            Step("DE", $"prosecutor built the EIO (profile EIO, measure BANK_ACCOUNT_INFORMATION): {Verdict(report)}", unsignedPath);

            // 2b. Before signing, the draft is checked against what Paris requires (language, route, authority: MLAT-REQ-*).
            var required = parisProfile is null ? report : MlatValidator.Default.Validate(requestJson, parisProfile);
            Check(parisProfile is not null && required.IsSuccess, "request meets the Paris profile", required.Findings);
            Step("DE", $"checked against the country profile Paris publishes (signature verified): {(required.IsSuccess ? "every requirement met" : "REQUIREMENTS NOT MET")}", frPath);

            // 3. Issuing signature, then the judge's parallel approval signature over signature 0 (EIO art. 6(3)).
            using var prosecutorKey = prosecutor.CreateSigningKey();
            using var judgeKey = judge.CreateSigningKey();
            var signer = new EnvelopeSigner(clock);
            var signed = Signed(signer.Sign(requestJson, prosecutorKey, SignerRole.Issuing), "issuing signature");
            clock.Now = clock.Now.AddHours(2);
            var approved = Signed(signer.Sign(signed, judgeKey, SignerRole.Validating), "parallel approval signature");
            var signedPath = Save("de/02-eio-request.signed.json", approved);
            Step("DE", "prosecutor signed (ISSUING); judge of the Amtsgericht approved (VALIDATING, parallel approval signature)", signedPath);

            // 4. Encrypted to the Paris certificate and "sent" (JWE, RFC 7516).
            using var encryptTo = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(parisProfile?.Instruments[0].Encryption?.Certificate.ToArray() ?? parquet.SignerCertificate.RawData);
            var jwe = EnvelopeEncryptor.EncryptToCertificate(approved, encryptTo);
            var sentPath = Save("outbox-de-to-fr/eio-request.jwe", Encoding.ASCII.GetBytes(jwe));
            Step("DE", "encrypted to the certificate of the Paris profile and sent", sentPath);

            // 5. Paris decrypts, verifies (requiring the judge's validation), validates.
            clock.Now = clock.Now.AddHours(3);
            using var frDecryptor = new EnvelopeDecryptor(parquet.SignerKey);
            var decrypted = frDecryptor.Decrypt(jwe);
            Check(decrypted.IsSuccess, "decrypted", decrypted.Findings);
            var received = decrypted.Plaintext?.ToArray() ?? [];
            var receivedPath = Save("fr/03-eio-request.received.json", received);
            var verified = new EnvelopeVerifier(trust, new VerificationPolicy { VerifierAuthorityId = Paris.AuthorityId, RequiredRoles = [SignerRole.Issuing, SignerRole.Validating] }, clock).Verify(received);
            Check(verified.IsSuccess, "request verified", verified.Findings);
            var frReport = MlatValidator.Default.Validate(received);
            Check(frReport.IsSuccess, "request valid at Paris", frReport.Findings);
            Step("FR", $"decrypted; signatures {Signers(verified)}; {Verdict(frReport)}", receivedPath);
            var requestMessage = frReport.Message ?? request;

            // 6. Acknowledgement of receipt (annex B) within a week of receipt (EIO art. 16(1)).
            clock.Now = clock.Now.AddHours(1);
            using var parquetKey = parquet.CreateSigningKey();
            var ack = Acknowledgement(requestMessage);
            var ackJson = MlatJson.SerializeToUtf8Bytes(ack);
            Check(MlatValidator.Default.Validate(ackJson, requestMessage).IsSuccess, "acknowledgement valid");
            var ackSigned = Signed(signer.Sign(ackJson, parquetKey, SignerRole.Executing), "acknowledgement signature");
            var ackPath = Save("outbox-fr-to-de/04-acknowledgement.signed.json", ackSigned);
            Step("FR", "AcknowledgementOfReceipt signed (EXECUTING) and sent", ackPath);

            // 7. Recognition of the measure (EIO art. 9(1), decided within 30 days of receipt, art. 12(3)): without it the
            //    evidence would not fit the case (MLAT-FLOW-NOT-EXPECTED).
            clock.Now = clock.Now.AddHours(20);
            var recognition = Recognition(requestMessage);
            var recognitionJson = MlatJson.SerializeToUtf8Bytes(recognition);
            Check(MlatValidator.Default.Validate(recognitionJson, requestMessage).IsSuccess, "recognition decision valid");
            var recognitionSigned = Signed(signer.Sign(recognitionJson, parquetKey, SignerRole.Executing), "recognition decision signature");
            var recognitionPath = Save("outbox-fr-to-de/04-recognition.signed.json", recognitionSigned);
            Step("FR", "RecognitionDecision (measure m1 recognised) signed (EXECUTING) and sent", recognitionPath);

            // 8. Evidence: two files, each hashed into the body (SHA-256, base64url) and covered by the signature.
            clock.Now = clock.Now.AddHours(4);
            var (statements, opening) = (Statements, Opening);
            var a1 = Save("outbox-fr-to-de/attachments/releves-de-compte.csv", statements);
            var a2 = Save("outbox-fr-to-de/attachments/ouverture-de-compte.pdf", opening);
            var evidence = Evidence(requestMessage);
            var evidenceJson = MlatJson.SerializeToUtf8Bytes(evidence);
            Check(MlatValidator.Default.Validate(evidenceJson, requestMessage).IsSuccess, "evidence valid");
            var evidenceSigned = Signed(
                signer.Sign(evidenceJson, parquetKey, SignerRole.Executing, [EnvelopeAttachment.FromBytes("A1", statements), EnvelopeAttachment.FromBytes("A2", opening)]),
                "evidence signature");
            var evidencePath = Save("outbox-fr-to-de/05-evidence.signed.json", evidenceSigned);
            Step("FR", "EvidenceTransmission with two attachments (hashed, signed with the envelope) sent", evidencePath);

            // 9. Munich verifies the chain: acknowledgement and evidence signed by Paris, addressed to Munich, in reply to
            //    the request, attachments matching their hashes, and valid in the request's context.
            clock.Now = clock.Now.AddHours(2);
            var deVerifier = new EnvelopeVerifier(trust, new VerificationPolicy { VerifierAuthorityId = Munich.AuthorityId, RequiredRoles = [SignerRole.Executing] }, clock);
            var ackCheck = deVerifier.Verify(ackSigned);
            Check(ackCheck.IsSuccess, "acknowledgement verified", ackCheck.Findings);
            var evidenceCheck = deVerifier.Verify(evidenceSigned, [EnvelopeAttachment.FromFile("A1", a1), EnvelopeAttachment.FromFile("A2", a2)]);
            Check(evidenceCheck.IsSuccess, "evidence verified", evidenceCheck.Findings);
            var evidenceReport = MlatValidator.Default.Validate(evidenceSigned, request);
            Check(evidenceReport.IsSuccess, "evidence valid at Munich", evidenceReport.Findings);
            var chained = evidenceReport.Message?.Header.InReplyTo == request.Header.MessageId && evidenceReport.Message?.Header.ConversationId == request.Header.ConversationId;
            Check(chained, "evidence in reply to the request");
            Step("DE", $"acknowledgement {Signers(ackCheck)}; evidence {Signers(evidenceCheck)}, 2 attachments match their hashes, in reply to the request: {(chained ? "chain complete" : "CHAIN BROKEN")}", evidencePath);

            // 10. Munich keeps the case: the verified messages go into its case store, and the case — state, measures,
            //     deadlines, what may come next — is folded from the store's log (docs/cases.md).
            var store = new FileSystemCaseStore(Path.Combine(root, "cases"));
            var recognitionCheck = deVerifier.Verify(recognitionSigned);
            Check(recognitionCheck.IsSuccess, "recognition decision verified", recognitionCheck.Findings);
            foreach (var bytes in new[] { approved, ackSigned, recognitionSigned, evidenceSigned })
            {
                var stored = MlatValidator.Default.Validate(bytes).Message;
                Check(stored is not null && store.AppendAsync(stored).AsTask().GetAwaiter().GetResult() == CaseAppendOutcome.Added, "message stored in the case store");
            }

            var log = store.LoadAsync(request.Header.ConversationId).AsTask().GetAwaiter().GetResult();
            var state = log.Fold();
            Check(log.IsSuccess && !state.Findings.Any(f => f.Finding.Severity == FindingSeverity.Error), "case folded without a flow error", state.Findings.Select(f => f.Finding).ToList());
            var caseFolder = Path.Combine(root, "cases", request.Header.ConversationId.ToString("D"));
            var timelinePath = Save("case-timeline.html", Encoding.UTF8.GetBytes(CaseTimeline.Render(state, clock.Now)));
            Step("DE", $"{state.Messages.Count} messages kept in the case store and folded: {CaseStateJson.Code(state.State)}; timeline page written", timelinePath);
            stdout.WriteLine();
            stdout.WriteLine("case status:");
            CaseCommand.WriteText(stdout, state, clock.Now);

            stdout.WriteLine();
            stdout.WriteLine($"check them yourself: mlat verify {Rel(evidencePath)} --trust {Rel(trustPath)} --attach A1={Rel(a1)} --attach A2={Rel(a2)}");
            stdout.WriteLine($"                     mlat case status {Rel(caseFolder)} --at {CaseText.Instant(clock.Now)}");
            stdout.WriteLine($"                     mlat case timeline {Rel(caseFolder)} --out timeline.html");
            stdout.WriteLine(ok ? "demo complete: every check passed" : "demo FAILED: see the lines marked FAILED");
            return ok;
        }

        private MlatMessage BuildRequest(MlatVersion version)
        {
            var id = Guid.CreateVersion7(clock.Now);
            return new MlatMessage
            {
                Header = new MessageHeader
                {
                    Version = version,
                    MessageType = MessageType.AssistanceRequest,
                    MessageId = id,
                    ConversationId = id,
                    CreatedAt = clock.Now,
                    Sender = Munich,
                    Recipient = Paris,
                    Language = LanguageCode.De,
                    // 1.2 (specification §2): the route and the file reference every reply repeats.
                    Route = version >= Release12 ? TransmissionRoute.DirectJudicial : null,
                    OurReference = version >= Release12 ? "123 Js 4567/26" : null,
                },
                Body = new AssistanceRequest
                {
                    Profile = Profile.Eio,
                    IssuingAuthority = new Authority { Id = Munich.AuthorityId, Country = CountryCode.DE, Name = Munich.Name, Type = AuthorityType.PublicProsecutor, FileReference = "123 Js 4567/26" },
                    ValidatingAuthority = new Authority { Id = JudgeId, Country = CountryCode.DE, Name = "Amtsgericht München", Type = AuthorityType.Judge },
                    ExecutingState = CountryCode.FR,
                    // Annex A sections F, G and K (MLAT-R-0054): type of proceedings, facts and offence, signed certification.
                    Proceedings = new Proceedings { Type = ProceedingsType.Criminal, Stage = ProceedingsStage.Investigation },
                    FactsSummary = Text(LanguageCode.De, "Verdacht des gewerbsmäßigen Betrugs: Zahlungen geschädigter Anleger flossen auf ein Konto in Frankreich (Testdaten)."),
                    Offences =
                    [
                        new Offence
                        {
                            Id = "o1",
                            Description = Text(LanguageCode.De, "Gewerbsmäßiger Betrug zum Nachteil von Anlegern (§ 263 Abs. 3 StGB)."),
                            MaximumPenalty = new Penalty { Type = PenaltyType.Custodial, Maximum = IsoDuration.FromYears(10) },
                            EioAnnexD = EioAnnexDCategory.Fraud,
                        },
                    ],
                    Certification = new RequestCertification
                    {
                        NecessaryAndProportionate = true,
                        AvailableInSimilarDomesticCase = true,
                        Signatory = new Representative { Name = "Oberstaatsanwältin Test", PostHeld = "Oberstaatsanwältin" },
                    },
                    Measures =
                    [
                        new Measure
                        {
                            Id = "m1",
                            Type = MeasureType.BankAccountInformation,
                            Description = Text(LanguageCode.De, "Auskunft über Konten der Beschuldigten bei französischen Banken und Kontoauszüge seit 1. September 2026."),
                            Details = new MeasureDetails
                            {
                                // EIO art. 26(4): why the information is relevant and why the accounts are held in France.
                                BankAccounts = new BankAccountsDetails
                                {
                                    ReasonsRelevant = Text(LanguageCode.De, "Die Konten dienten der Vereinnahmung der Anlegergelder."),
                                    ReasonsHeldInExecutingState = Text(LanguageCode.De, "Überweisungen gingen an eine französische IBAN."),
                                },
                            },
                        },
                    ],
                    IssuedOn = DateOnly.FromDateTime(clock.Now.UtcDateTime),
                    ValidatedOn = DateOnly.FromDateTime(clock.Now.UtcDateTime),
                },
            };
        }

        /// <summary>The two TEST-ONLY evidence files: account statements and an account-opening record.</summary>
        private static readonly byte[] Statements = Encoding.UTF8.GetBytes("date;iban;amount\n2026-09-01;FR76 TEST 0000;-9500.00\n2026-09-03;FR76 TEST 0000;12000.00\n");

        private static readonly byte[] Opening = Encoding.UTF8.GetBytes("%PDF-1.4\n% TEST-ONLY account opening record\n%%EOF\n");

        private static RequestReference ReferenceTo(MlatMessage request) => new() { MessageId = request.Header.MessageId, IssuingReference = "123 Js 4567/26" };

        /// <summary>The acknowledgement of receipt (annex B), an hour after the request arrived.</summary>
        private MlatMessage Acknowledgement(MlatMessage request) => Reply(request, MessageType.AcknowledgementOfReceipt, Paris with { Role = PartyRole.Receiving }, new AcknowledgementOfReceipt
        {
            Request = ReferenceTo(request),
            ReceivedAt = clock.Now.AddHours(-1),
            ReceivingAuthority = new Authority { Id = Paris.AuthorityId, Country = CountryCode.FR, Name = Paris.Name, Type = AuthorityType.PublicProsecutor },
        });

        /// <summary>The recognition of measure m1 (EIO art. 9(1)).</summary>
        private MlatMessage Recognition(MlatMessage request) => Reply(request, MessageType.RecognitionDecision, Paris, new RecognitionDecision
        {
            Request = ReferenceTo(request),
            DecidedOn = DateOnly.FromDateTime(clock.Now.UtcDateTime),
            Decisions = [new MeasureDecision { MeasureRef = "m1", Decision = RecognitionOutcome.Recognised }],
        });

        /// <summary>The evidence: one item, the two files in the manifest with their SHA-256 (EIO art. 13).</summary>
        private MlatMessage Evidence(MlatMessage request) => Reply(request, MessageType.EvidenceTransmission, Paris, new EvidenceTransmission
        {
            Request = ReferenceTo(request),
            Items =
            [
                new EvidenceItem
                {
                    Id = "E1",
                    Description = Text(LanguageCode.Fr, "Relevés et ouverture du compte de la personne visée (FICOBA)."),
                    MeasureRef = "m1",
                    ObtainedAt = clock.Now.AddHours(-5),
                    AttachmentRefs = ["A1", "A2"],
                },
            ],
            Attachments =
            [
                Attachment("A1", "releves-de-compte.csv", "text/csv", Statements),
                Attachment("A2", "ouverture-de-compte.pdf", "application/pdf", Opening),
            ],
        });

        private MlatMessage Reply(MlatMessage request, MessageType type, Party sender, MessageBody body) => new()
        {
            Header = new MessageHeader
            {
                Version = request.Header.Version,
                MessageType = type,
                MessageId = Guid.CreateVersion7(clock.Now),
                ConversationId = request.Header.ConversationId,
                InReplyTo = request.Header.MessageId,
                CreatedAt = clock.Now,
                Sender = sender,
                Recipient = request.Header.Sender,
                Language = LanguageCode.Fr,
                OurReference = request.Header.Version >= Release12 ? "PARQ-EIO-26/1187" : null,
                YourReference = request.Header.OurReference,
            },
            Body = body,
        };

        private static AttachmentRef Attachment(string id, string name, string mediaType, byte[] bytes) => new()
        {
            Id = id,
            FileName = name,
            MediaType = mediaType,
            Size = bytes.Length.ToString(CultureInfo.InvariantCulture),
            Sha256 = Base64Url(SHA256.HashData(bytes)),
            DocumentType = DocumentType.Evidence,
            Language = LanguageCode.Fr,
        };

        private static MultilingualText Text(LanguageCode lang, string text) => new() { Entries = [new TextEntry { Lang = lang, Text = text, Original = true }] };

        private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        /// <summary>The demo parquet's profile: test data marked ILLUSTRATIVE (the sample profiles in samples/capabilities cite their sources).</summary>
        private string ParisProfile()
        {
            const string Source = "\"source\":{\"status\":\"ILLUSTRATIVE\",\"citation\":\"Directive 2014/41/EU art. 5(2), 7(1) and 11(1)(g) (demo data)\"},\"effectiveFrom\":\"2017-05-22\"";
            return "{\"instruments\":[{\"id\":\"fr.paris.eio\",\"instrument\":\"EIO_DIRECTIVE_2014_41\"," + Source
                + ",\"languages\":[{\"id\":\"fr.paris.eio.languages\",\"languages\":[\"fr\",\"de\"]," + Source + "}]"
                + ",\"dualCriminality\":[{\"id\":\"fr.paris.eio.dual-criminality\",\"measures\":[\"SEARCH_AND_SEIZURE\"],\"accepted\":[\"PUNISHABLE_IN_BOTH_STATES\",\"LISTED_OFFENCE\"]," + Source + "}]"
                + $",\"channels\":[{{\"id\":\"fr.paris.eio.channel\",\"routes\":[\"DIRECT_JUDICIAL\"],\"authority\":{{\"authorityId\":\"{Paris.AuthorityId}\"}}," + Source + "}]"
                + $",\"encryption\":{{\"id\":\"fr.paris.eio.encryption\",\"certificate\":\"{Convert.ToBase64String(parquet.SignerCertificate.RawData)}\",\"algorithms\":[\"RSA-OAEP+A256CBC-HS512\",\"ECDH-ES+A256KW+A256GCM\"]," + Source + "}}]}";
        }

        private byte[] Capabilities(Party party, string[] versions, string? requirements = null)
        {
            string[] types = ["AssistanceRequest", "AcknowledgementOfReceipt", "EvidenceTransmission"];
            var list = string.Join(",", types.Select(t => $"\"{t}\""));
            var entries = string.Join(",", versions.Select(v => $"{{\"version\":\"{v}\",\"status\":\"ACTIVE\",\"send\":[{list}],\"receive\":[{list}]}}"));
            return Encoding.UTF8.GetBytes(
                $"{{\"capabilitiesVersion\":\"{(requirements is null ? "1.0" : "1.1")}\",\"party\":{{\"country\":\"{party.Country}\",\"authorityId\":\"{party.AuthorityId}\",\"name\":\"{party.Name}\",\"endpoint\":\"https://mlat.{party.Country.ToString().ToLowerInvariant()}.example/inbox\"}},"
                + $"\"issuedAt\":\"{clock.Now.AddDays(requirements is null ? -30 : 0).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\",\"versions\":[{entries}]"
                + (requirements is null ? "}" : $",\"requirements\":{requirements}}}"));
        }

        private byte[] Signed(SignResult result, string what)
        {
            Check(result.IsSuccess, what, result.Findings);
            return result.Envelope ?? [];
        }

        private void Check(bool condition, string what, IReadOnlyList<Finding>? findings = null)
        {
            if (!condition)
            {
                ok = false;
                stdout.WriteLine($"  FAILED: {what}{(findings is { Count: > 0 } ? ": " + string.Join(", ", findings.Select(f => $"{f.Code} {f.Pointer}")) : string.Empty)}");
            }
        }

        private static string Verdict(ValidationReport report) => report.IsSuccess ? "valid" : "NOT VALID";

        private static string Signers(VerificationResult result)
            => result.IsSuccess ? "verified (" + string.Join(", ", result.Signatures.Select(s => $"{s.Role.ToString().ToUpperInvariant()} {s.AuthorityId}")) + ")" : "NOT VERIFIED";

        private void Step(string side, string text, string artifact)
            => stdout.WriteLine($"{clock.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}Z  [{side,-4}] {text}\n{string.Empty,22}-> {Rel(artifact)}");

        private static string Rel(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

        private string Save(string relative, byte[] bytes)
        {
            var path = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return path;
        }
    }
}
