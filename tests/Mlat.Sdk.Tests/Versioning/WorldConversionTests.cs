using System.Text;
using System.Text.Json.Nodes;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Versioning;

namespace Mlat.Sdk.Tests.Versioning;

/// <summary>
/// Issue 21, must show: conversion round trips hold for the samples of the regional, bilateral, reciprocity and refusal
/// scenarios — down to 1.1 with every 1.2 addition parked or mapped to its declared fallback, and up again to the same
/// bytes (RFC 8785) — and what 1.1 cannot carry fails with a code instead of being guessed: Kosovo (XK, declared
/// rejected on downgrade) and a penalty without a maximum (a member 1.2 made optional).
/// </summary>
public sealed class WorldConversionTests
{
    private static readonly MlatVersion V11 = MlatVersion.Parse("1.1");
    private static readonly MlatVersion V12 = MlatVersion.Parse("1.2");

    private static string Sample(string type, string name) => Path.Combine(TestPaths.Samples, "1.2", "valid", type, name + ".json");

    private static string Canonical(byte[] json) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(json));

    [Theory]
    [InlineData("AssistanceRequest", "bilateral-us-mx-bank-records", "/body/legalBasis/0/treaty", null)]
    [InlineData("AssistanceRequest", "harare-ke-gb-bank-records", null, "/body/profile")]
    [InlineData("RefusalNotice", "ecowas-gh-ng-political-offence", "/body/grounds/0/legalReference", "/body/grounds/0/code")]
    [InlineData("AssistanceRequest", "uncac-ng-ch-freeze-confiscate-return", "/body/measures/1/details/confiscation", "/body/measures/1/type")]
    [InlineData("ExecutionReport", "uncac-ch-ng-asset-return", "/body/outcomes/1/assetDispositions", null)]
    [InlineData("AssistanceRequest", "ets030-no-it-summons-appearance", "/body/measures/0/details/serviceOfDocuments/appearance", "/body/attachments/0/documentType")]
    [InlineData("ExecutionReport", "ets030-it-no-proof-of-service", "/body/costs", null)]
    public void Goes_down_to_valid_1_1_and_up_to_the_same_bytes(string type, string name, string? parked, string? mapped)
    {
        var original = File.ReadAllBytes(Sample(type, name));

        var down = MlatConverter.Default.Convert(original, V11);

        Assert.True(down.IsSuccess, string.Join("; ", down.Findings.Select(f => f.Code + " " + f.Pointer)));
        if (parked is not null)
        {
            Assert.Contains(down.Changes, c => c.Kind == ConversionChangeKind.MemberParked && c.Pointer == parked);
        }

        if (mapped is not null)
        {
            Assert.Contains(down.Changes, c => c.Kind == ConversionChangeKind.EnumMapped && c.Pointer == mapped);
        }

        var up = MlatConverter.Default.Convert(down.Output!, V12);
        Assert.True(up.IsSuccess, string.Join("; ", up.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Equal(Canonical(original), Canonical(up.Output!));
    }

    [Theory]
    // Kosovo: no 1.1 country stands for XK (declared rejected on downgrade).
    [InlineData("AssistanceRequest", "reciprocity-xk-al-witness-hearing", FindingCodes.ConversionLossy, "/header/sender/country")]
    // A death penalty carries no maximum, which 1.1 requires.
    [InlineData("AssistanceRequest", "inter-american-us-ar-advance-interpol", FindingCodes.ConversionTargetInvalid, "/body/offences/0/maximumPenalty/maximum")]
    // A Budapest art. 29 request without addressee: 1.1 requires the addressee.
    [InlineData("PreservationOrder", "budapest-art29-us-de-ip-only", FindingCodes.ConversionTargetInvalid, "/body/addressee")]
    public void What_1_1_cannot_carry_does_not_go_down_and_is_reported_where_it_is(string type, string name, string code, string pointer)
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(Sample(type, name)), V11);

        Assert.False(result.IsSuccess);
        Assert.Null(result.Output);
        Assert.Contains(result.Findings, f => f.Code == code && f.Pointer == pointer);
    }

    [Theory]
    [InlineData("budapest-art29-de-us-preserved")]
    [InlineData("budapest-art30-de-us-traffic-disclosure")]
    public void A_preservation_response_cannot_go_down_because_1_1_has_no_such_message_type(string name)
    {
        var result = MlatConverter.Default.Convert(File.ReadAllBytes(Sample("PreservationResponse", name)), V11);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Findings, f => f.Code == FindingCodes.ConversionLossy);
    }

    [Fact]
    public void The_same_request_with_a_fixed_maximum_goes_down_and_comes_back()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Sample("AssistanceRequest", "inter-american-us-ar-advance-interpol")))!;
        doc["body"]!["offences"]![0]!["maximumPenalty"] = new JsonObject { ["type"] = "CUSTODIAL", ["maximum"] = "P30Y" };
        var original = Encoding.UTF8.GetBytes(doc.ToJsonString());

        var down = MlatConverter.Default.Convert(original, V11);
        Assert.True(down.IsSuccess, string.Join("; ", down.Findings.Select(f => f.Code + " " + f.Pointer)));
        Assert.Contains(down.Changes, c => c.Kind == ConversionChangeKind.MemberParked && c.Pointer == "/body/assurances");
        Assert.Equal(Canonical(original), Canonical(MlatConverter.Default.Convert(down.Output!, V12).Output!));
    }
}
