using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Testing;
using static Mlat.Sdk.Tests.Envelopes.EnvelopeTestKit;

namespace Mlat.Sdk.Tests.Envelopes;

public sealed class EnvelopeVerificationTests
{
    [Fact]
    public void Verify_accepts_an_issued_and_validated_envelope_and_names_each_signer()
    {
        var result = Verifier(new VerificationPolicy { VerifierAuthorityId = Recipient, RequiredRoles = [SignerRole.Issuing, SignerRole.Validating] })
            .Verify(IssuedAndValidated());

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
        Assert.Collection(
            result.Signatures,
            s =>
            {
                Assert.Equal((0, SignerRole.Issuing, Sender, CountryCode.DE, Now), (s.Index, s.Role, s.AuthorityId, s.Country, s.SignedAt));
                Assert.Equal(Issuer.SignerCertificate.RawData, s.Certificate.RawData);
            },
            s => Assert.Equal((1, SignerRole.Validating, Judge, "ES384"), (s.Index, s.Role, s.AuthorityId, s.Algorithm)));
        Assert.NotNull(result.Envelope);
    }

    [Fact]
    public void Verify_accepts_a_re_indented_envelope_with_reordered_members()
    {
        var signed = Sign(Envelope(), Issuer);
        var node = JsonNode.Parse(signed)!.AsObject();
        var reordered = new JsonObject();
        foreach (var name in new[] { "signatures", "extensions", "body", "header" })
        {
            var value = node[name]!.DeepClone();
            if (value is JsonObject obj)
            {
                var reversed = new JsonObject();
                foreach (var member in obj.Reverse())
                {
                    reversed[member.Key] = member.Value?.DeepClone();
                }

                value = reversed;
            }

            reordered[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(reordered.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        var result = Verifier().Verify(bytes);

        Assert.True(result.IsSuccess, string.Join(",", Codes(result)));
    }

    [Fact]
    public void Verify_rejects_an_unsigned_envelope()
        => Assert.Equal([FindingCodes.SigMissing], Codes(Verifier().Verify(Envelope())));

    [Fact]
    public void Verify_rejects_alg_none()
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h["alg"] = "none"), Issuer.SignerKey, "ES256");
        Assert.Equal([FindingCodes.SigAlgNone], Codes(Verifier().Verify(forged)));
    }

    [Fact]
    public void Verify_rejects_HS256_keyed_with_the_certificates_public_key()
    {
        var signed = Sign(Envelope(), Issuer);
        var node = JsonNode.Parse(signed)!;
        var header = Header(signed);
        header["alg"] = "HS256";
        var protectedText = Base64UrlEncode(Encoding.UTF8.GetBytes(header.ToJsonString()));
        // The key-confusion attack: an HMAC keyed with bytes every verifier has (RFC 8725 §2.1).
        var mac = HMACSHA256.HashData(Issuer.SignerCertificate.PublicKey.ExportSubjectPublicKeyInfo(), Encoding.ASCII.GetBytes(protectedText + "."));
        node["signatures"]![0]!["protected"] = protectedText;
        node["signatures"]![0]!["signature"] = Base64UrlEncode(mac);

        Assert.Equal([FindingCodes.SigAlgSymmetric], Codes(Verifier().Verify(Encoding.UTF8.GetBytes(node.ToJsonString()))));
    }

    [Fact]
    public void Verify_rejects_an_unknown_crit_entry()
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => { h["exp2"] = 1; h["crit"]!.AsArray().Add((JsonNode?)"exp2"); }), Issuer.SignerKey, "ES256");
        Assert.Equal([FindingCodes.SigCritUnknown], Codes(Verifier().Verify(forged)));
    }

    [Theory]
    [InlineData("sigD")]
    [InlineData("extra")]
    public void Verify_rejects_a_signed_extension_header_not_listed_in_crit(string member)
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h =>
        {
            h["extra"] = "x";
            var crit = h["crit"]!.AsArray();
            if (member == "sigD")
            {
                h.Remove("extra");
                crit.RemoveAt(0);
            }
        }), Issuer.SignerKey, "ES256");

        Assert.Equal([FindingCodes.SigCritMissing], Codes(Verifier().Verify(forged)));
    }

    [Theory]
    [InlineData("jwk")]
    [InlineData("jku")]
    [InlineData("x5u")]
    public void Verify_rejects_a_header_that_names_its_own_key(string member)
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h[member] = member == "jwk" ? new JsonObject { ["kty"] = "EC" } : "https://attacker.example/k"), Issuer.SignerKey, "ES256");
        Assert.Equal([FindingCodes.SigHeaderKeyReference], Codes(Verifier().Verify(forged)));
    }

    [Fact]
    public void Verify_rejects_x5t_S256_not_matching_x5c_0()
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h["x5t#S256"] = Base64UrlEncode(SHA256.HashData(Issuer.RootCertificate.RawData))), Issuer.SignerKey, "ES256");
        Assert.Equal([FindingCodes.SigX5tMismatch], Codes(Verifier().Verify(forged)));
    }

    [Fact]
    public void Verify_rejects_a_chain_to_a_root_outside_the_trust_list()
    {
        // Same authority id, but a CA nobody put in the trust list.
        using var rogue = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, null, new ManualTimeProvider(Now));
        Assert.Equal([FindingCodes.TrustChainUntrusted], Codes(Verifier().Verify(Sign(Envelope(), rogue))));
    }

    [Fact]
    public void Verify_rejects_a_certificate_expired_at_iat()
    {
        using var expired = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, null, Now.AddYears(-2), Now.AddDays(-1));
        var result = Verifier(trust: expired.TrustList).Verify(Sign(Envelope(), expired));
        Assert.Equal([FindingCodes.TrustCertificateNotValidAtIat], Codes(result));
    }

    [Fact]
    public void Verify_rejects_iat_in_the_future_beyond_the_clock_skew()
    {
        var signed = Sign(Envelope(createdAt: "2026-11-28T10:09:00Z"), Issuer, at: Now.AddMinutes(10));
        Assert.Equal([FindingCodes.SigIatFuture], Codes(Verifier().Verify(signed)));
        Assert.True(Verifier(new VerificationPolicy { ClockSkew = TimeSpan.FromMinutes(15) }).Verify(signed).IsSuccess);
    }

    [Fact]
    public void Verify_rejects_a_signature_older_than_the_maximum_age()
    {
        var signed = Sign(Envelope(), Issuer);
        Assert.Equal([FindingCodes.SigTooOld], Codes(Verifier(at: Now.AddDays(8)).Verify(signed)));
        Assert.True(Verifier(new VerificationPolicy { MaximumAge = null }, at: Now.AddDays(8)).Verify(signed).IsSuccess);
    }

    [Fact]
    public void Verify_rejects_createdAt_far_from_the_senders_iat()
    {
        var signed = Sign(Envelope(createdAt: "2026-11-20T10:00:00Z"), Issuer);
        var result = Verifier().Verify(signed);
        Assert.Equal([FindingCodes.SigCreatedAtMismatch], Codes(result));
        Assert.Equal("/header/createdAt", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_rejects_a_changed_body()
    {
        var tampered = Mutate(Sign(Envelope(), Issuer), n => n["body"]!["amount"] = "1501.00");
        Assert.Equal([FindingCodes.SigContentDigest], Codes(Verifier().Verify(tampered)));
    }

    [Fact]
    public void Verify_rejects_a_changed_or_missing_attachment()
    {
        var original = EnvelopeAttachment.FromBytes("att-1", "evidence"u8.ToArray());
        var signed = Sign(Envelope(), Issuer, attachments: [original]);

        Assert.True(Verifier().Verify(signed, [original]).IsSuccess);
        Assert.Equal([FindingCodes.SigAttachmentDigest], Codes(Verifier().Verify(signed, [EnvelopeAttachment.FromBytes("att-1", "evidencE"u8.ToArray())])));
        Assert.Equal([FindingCodes.SigAttachmentMissing], Codes(Verifier().Verify(signed)));
    }

    [Fact]
    public void Verify_rejects_a_countersignature_kept_after_signature_0_was_replaced()
    {
        var both = IssuedAndValidated();
        // The sender re-signs the same content: signature 0 is valid again, but it is not the one the judge approved.
        var replaced = Resign(both, 0, Edit(h => h["iat"] = h["iat"]!.GetValue<long>() - 1), Issuer.SignerKey, "ES256");
        var result = Verifier().Verify(replaced);

        Assert.Equal([FindingCodes.SigCountersignatureMismatch], Codes(result));
        Assert.Equal("/signatures/0", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_rejects_a_replayed_messageId()
    {
        var verifier = Verifier();
        var signed = Sign(Envelope(), Issuer);

        Assert.True(verifier.Verify(signed).IsSuccess);
        Assert.Equal([FindingCodes.SigReplay], Codes(verifier.Verify(signed)));
    }

    [Fact]
    public void Replay_store_forgets_a_message_after_its_expiry()
    {
        var clock = new ManualTimeProvider(Now);
        var store = new InMemoryReplayStore(clock);

        Assert.True(store.TryRecord(Sender, "m1", Now.AddMinutes(10)));
        Assert.False(store.TryRecord(Sender, "m1", Now.AddMinutes(10)));
        Assert.True(store.TryRecord(Recipient, "m1", Now.AddMinutes(10)));
        clock.Now = Now.AddMinutes(11);
        Assert.True(store.TryRecord(Sender, "m1", Now.AddMinutes(30)));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void A_forged_message_does_not_poison_the_replay_store()
    {
        var verifier = Verifier();
        var id = Guid.NewGuid();
        var genuine = Sign(Envelope(id), Issuer);
        var tampered = Mutate(genuine, n => n["body"]!["amount"] = "9");

        Assert.False(verifier.Verify(tampered).IsSuccess);
        Assert.True(verifier.Verify(genuine).IsSuccess);
    }

    [Fact]
    public void Verify_rejects_a_message_addressed_to_another_authority()
    {
        var signed = Sign(Envelope(recipient: "FR:TJ-Lyon"), Issuer);
        var result = Verifier().Verify(signed);
        Assert.Equal([FindingCodes.SigRecipientMismatch], Codes(result));
        Assert.Equal("/header/recipient/authorityId", result.Findings[0].Pointer);
    }

    [Theory]
    [InlineData("protected", "=")]
    [InlineData("protected", " ")]
    [InlineData("signature", "==")]
    [InlineData("signature", "\n")]
    public void Verify_rejects_base64url_with_padding_or_whitespace(string member, string suffix)
    {
        var tampered = Mutate(Sign(Envelope(), Issuer), n => n["signatures"]![0]![member] = n["signatures"]![0]![member]!.GetValue<string>() + suffix);
        var result = Verifier().Verify(tampered);
        Assert.Equal([FindingCodes.SigBase64Url], Codes(result));
        Assert.Equal("/signatures/0/" + member, result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_rejects_a_duplicate_member_in_the_protected_header()
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, json => json.Insert(1, "\"alg\":\"ES256\","), Issuer.SignerKey, "ES256");
        Assert.Equal([FindingCodes.SigHeaderDuplicateMember], Codes(Verifier().Verify(forged)));
    }

    [Fact]
    public void Verify_rejects_an_RSA_key_below_the_minimum()
    {
        using var weak = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.PS256, null, Now.AddDays(-1), Now.AddYears(1), rsaBits: 1024);
        var signed = Sign(Envelope(), Issuer);
        // A signer with a 1024-bit key: the SDK will not sign with it, so the test forges the signature itself.
        var forged = Resign(signed, 0, Edit(h =>
        {
            h["alg"] = "PS256";
            h["x5c"] = new JsonArray(Convert.ToBase64String(weak.SignerCertificate.RawData), Convert.ToBase64String(weak.RootCertificate.RawData));
            h["x5t#S256"] = Base64UrlEncode(SHA256.HashData(weak.SignerCertificate.RawData));
            h.Remove("kid");
        }), weak.SignerKey, "PS256");

        Assert.Equal([FindingCodes.SigKeyTooSmall], Codes(Verifier(trust: weak.TrustList).Verify(forged)));
    }

    [Fact]
    public void Verify_rejects_when_a_required_role_has_no_signature()
    {
        var signed = Sign(Envelope(), Issuer);
        var result = Verifier(new VerificationPolicy { RequiredRoles = [SignerRole.Validating] }).Verify(signed);
        Assert.Equal([FindingCodes.SigRoleMissing], Codes(result));
    }

    [Fact]
    public void Verify_rejects_RS256_unless_the_policy_opts_in()
    {
        using var rsa = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.PS256, null, new ManualTimeProvider(Now));
        var rs256 = Resign(Sign(Envelope(), rsa), 0, Edit(h => h["alg"] = "RS256"), rsa.SignerKey, "RS256");

        Assert.Equal([FindingCodes.SigAlgNotAccepted], Codes(Verifier(trust: rsa.TrustList).Verify(rs256)));
        var optIn = new VerificationPolicy { AcceptedAlgorithms = [.. JwsAlgorithms.DefaultAccepted, JwsAlgorithms.RS256] };
        Assert.True(Verifier(optIn, trust: rsa.TrustList).Verify(rs256).IsSuccess);
    }

    [Fact]
    public void Verify_rejects_an_alg_that_does_not_fit_the_certificate_key()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h["alg"] = "ES384"), p384, "ES384");
        Assert.Equal([FindingCodes.SigAlgKeyMismatch], Codes(Verifier().Verify(forged)));
    }

    [Fact]
    public void Verify_rejects_a_signature_made_with_another_key()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = Resign(Sign(Envelope(), Issuer), 0, h => h, other, "ES256");
        var result = Verifier().Verify(forged);
        Assert.Equal([FindingCodes.SigInvalid], Codes(result));
        Assert.Equal("/signatures/0/signature", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_rejects_a_sender_whose_authority_differs_from_signature_0()
    {
        var signed = Sign(Envelope(sender: Judge), Issuer);
        Assert.Equal([FindingCodes.SigSenderMismatch], Codes(Verifier().Verify(signed)));
    }

    [Fact]
    public void Verify_rejects_an_authority_the_trust_list_does_not_know()
    {
        using var stranger = TestPki.Generate(CountryCode.AT, "AT:StA-Wien", JwsAlgorithms.ES256, null, new ManualTimeProvider(Now));
        Assert.Equal([FindingCodes.TrustAuthorityUnknown], Codes(Verifier().Verify(Sign(Envelope(sender: "AT:StA-Wien"), stranger))));
    }

    [Fact]
    public void Verify_rejects_a_role_the_trust_list_does_not_allow_the_authority()
    {
        // The issuer's trust entry allows ISSUING only.
        var signed = Sign(Sign(Envelope(), Issuer), Issuer, SignerRole.Validating);
        var result = Verifier().Verify(signed);
        Assert.Equal([FindingCodes.TrustRoleNotAllowed], Codes(result));
        Assert.Equal("/signatures/1/protected", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_rejects_a_certificate_whose_key_usage_forbids_signing()
    {
        using var encipher = TestPki.Generate(CountryCode.DE, Sender, JwsAlgorithms.ES256, null, Now.AddDays(-1), Now.AddYears(1), X509KeyUsageFlags.KeyAgreement);
        Assert.Equal([FindingCodes.TrustKeyUsage], Codes(Verifier(trust: encipher.TrustList).Verify(Sign(Envelope(), encipher))));
    }

    [Fact]
    public void Verify_rejects_a_protected_header_without_typ_jose_json()
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h => h["typ"] = "JWT"), Issuer.SignerKey, "ES256");
        Assert.Equal([FindingCodes.SigHeaderInvalid], Codes(Verifier().Verify(forged)));
    }

    [Fact]
    public void Verify_rejects_a_signature_object_with_an_unprotected_header()
    {
        var tampered = Mutate(Sign(Envelope(), Issuer), n => n["signatures"]![0]!["header"] = new JsonObject { ["kid"] = "x" });
        Assert.Equal([FindingCodes.SigMalformed], Codes(Verifier().Verify(tampered)));
    }

    [Fact]
    public void Verify_reports_each_failing_signature_on_its_own()
    {
        var both = IssuedAndValidated();
        var tampered = Mutate(both, n => n["signatures"]![1]!["signature"] = "AAAA");
        var result = Verifier().Verify(tampered);

        Assert.Equal([FindingCodes.SigInvalid], Codes(result));
        Assert.Equal("/signatures/1/signature", result.Findings[0].Pointer);
        Assert.Equal(0, Assert.Single(result.Signatures).Index);
        Assert.Null(result.Envelope);
    }

    [Fact]
    public void Verify_rejects_malformed_json_with_the_reader_code()
        => Assert.Equal(FindingCodes.JsonMalformed, Codes(Verifier().Verify("{\"header\":"u8.ToArray()))[0]);

    [Fact]
    public void Verify_refuses_more_than_sixteen_signatures_before_checking_any()
    {
        var tampered = Mutate(Sign(Envelope(), Issuer), n =>
        {
            var array = n["signatures"]!.AsArray();
            var first = array[0]!;
            for (var i = 0; i < 16; i++)
            {
                array.Add(first.DeepClone());
            }
        });

        var result = Verifier().Verify(tampered);
        Assert.Equal([FindingCodes.SigMalformed], Codes(result));
        Assert.Equal("/signatures", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_refuses_an_x5c_chain_longer_than_ten_certificates()
    {
        var forged = Resign(Sign(Envelope(), Issuer), 0, Edit(h =>
        {
            var x5c = h["x5c"]!.AsArray();
            while (x5c.Count < 11)
            {
                x5c.Add(x5c[1]!.DeepClone());
            }
        }), Issuer.SignerKey, "ES256");

        Assert.Equal([FindingCodes.SigX5cInvalid], Codes(Verifier().Verify(forged)));
    }

    [Fact]
    public void One_verifier_verifies_many_envelopes_from_many_threads()
    {
        var verifier = Verifier(new VerificationPolicy { VerifierAuthorityId = Recipient, RequiredRoles = [SignerRole.Validating] });
        var envelopes = Enumerable.Range(0, 32).Select(_ => IssuedAndValidated()).ToList();
        var outcomes = new bool[envelopes.Count];

        Parallel.For(0, envelopes.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => outcomes[i] = verifier.Verify(envelopes[i]).IsSuccess);

        Assert.All(outcomes, Assert.True);
        Assert.All(envelopes, e => Assert.Equal([FindingCodes.SigReplay], Codes(verifier.Verify(e))));
    }

    [Fact]
    public void Verify_rejects_a_protected_header_that_is_not_UTF8_instead_of_throwing()
    {
        // Found by HostileEnvelopeProperties: JsonDocument checks UTF-8 inside strings only when a string is read.
        var forged = Resign(Sign(Envelope(), Issuer), 0, json => json, Issuer.SignerKey, "ES256");
        var node = JsonNode.Parse(forged)!;
        var header = Base64UrlDecode(node["signatures"]![0]!["protected"]!.GetValue<string>());
        header[Array.IndexOf(header, (byte)'M')] = 0xB8; // inside the x5c string
        node["signatures"]![0]!["protected"] = Base64UrlEncode(header);

        var result = Verifier().Verify(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.Equal([FindingCodes.SigHeaderMalformed], Codes(result));
        Assert.Equal("/signatures/0/protected", result.Findings[0].Pointer);
    }

    [Fact]
    public void Verify_rejects_a_signature_made_with_a_CA_certificate_that_names_an_authority()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.Add("2.5.4.97", Sender, System.Formats.Asn1.UniversalTagNumber.UTF8String);
        name.AddCommonName("TEST ONLY CA that also signs");
        var request = new CertificateRequest(name.Build(), caKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, true));
        using var ca = request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));
        var trust = TrustList.Create([new TrustListCountry(CountryCode.DE, [X509CertificateLoader.LoadCertificate(ca.RawData)], [new TrustedAuthority(Sender, [SignerRole.Issuing])])]);
        using var key = SigningKey.Create(caKey, [ca]);
        var signed = Signer().Sign(Envelope(), key, SignerRole.Issuing).Envelope!;

        Assert.Equal([FindingCodes.TrustKeyUsage], Codes(Verifier(trust: trust).Verify(signed)));
    }
}
