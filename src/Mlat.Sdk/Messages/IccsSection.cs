// The schemas under schemas/1.0/common are normative; this model mirrors them member for member (a test checks it).
using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Level-1 section of the International Classification of Crime for Statistical Purposes (ICCS, UNODC, version 1.0, March 2015): the first two digits of every ICCS code. Values and legal sources: docs/code-lists.md; schema: common/codes.schema.json.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IccsSection>))]
public enum IccsSection
{
    /// <summary>Acts leading to death or intending to cause death. (ICCS v1.0 section 01)</summary>
    [JsonStringEnumMemberName("01")]
    ActsLeadingToDeath = 1,

    /// <summary>Acts causing harm or intending to cause harm to the person. (ICCS v1.0 section 02)</summary>
    [JsonStringEnumMemberName("02")]
    ActsCausingHarm,

    /// <summary>Injurious acts of a sexual nature. (ICCS v1.0 section 03)</summary>
    [JsonStringEnumMemberName("03")]
    InjuriousActsOfSexualNature,

    /// <summary>Acts against property involving violence or threat against a person. (ICCS v1.0 section 04)</summary>
    [JsonStringEnumMemberName("04")]
    ActsAgainstPropertyInvolvingViolence,

    /// <summary>Acts against property only. (ICCS v1.0 section 05)</summary>
    [JsonStringEnumMemberName("05")]
    ActsAgainstPropertyOnly,

    /// <summary>Acts involving controlled psychoactive substances or other drugs. (ICCS v1.0 section 06)</summary>
    [JsonStringEnumMemberName("06")]
    ActsInvolvingControlledSubstances,

    /// <summary>Acts involving fraud, deception or corruption. (ICCS v1.0 section 07)</summary>
    [JsonStringEnumMemberName("07")]
    ActsInvolvingFraudDeceptionOrCorruption,

    /// <summary>Acts against public order, authority and provisions of the State. (ICCS v1.0 section 08)</summary>
    [JsonStringEnumMemberName("08")]
    ActsAgainstPublicOrderAndAuthority,

    /// <summary>Acts against public safety and state security. (ICCS v1.0 section 09)</summary>
    [JsonStringEnumMemberName("09")]
    ActsAgainstPublicSafetyAndStateSecurity,

    /// <summary>Acts against the natural environment. (ICCS v1.0 section 10)</summary>
    [JsonStringEnumMemberName("10")]
    ActsAgainstNaturalEnvironment,

    /// <summary>Other criminal acts not elsewhere classified. (ICCS v1.0 section 11)</summary>
    [JsonStringEnumMemberName("11")]
    OtherCriminalActs,
}
