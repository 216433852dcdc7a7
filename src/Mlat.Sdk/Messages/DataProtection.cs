using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>A coded condition on the use of information or evidence (UNTOC art. 18(19); EU MLA Convention 2000 art. 23; Directive (EU) 2016/680). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpecialityCondition>))]
public enum SpecialityCondition
{
    /// <summary>Only for the proceedings stated in the request (UNTOC art. 18(19); UNCAC art. 46(19); EU MLA Convention 2000 art. 23(1)).</summary>
    [JsonStringEnumMemberName("PROCEEDINGS_STATED_ONLY")]
    ProceedingsStatedOnly = 1,

    /// <summary>No transfer to a third State or international organisation without prior consent (Directive (EU) 2016/680 art. 35(1)(e)).</summary>
    [JsonStringEnumMemberName("NO_ONWARD_TRANSFER")]
    NoOnwardTransfer,

    /// <summary>Keep confidential except to the extent needed for the proceedings (UNTOC art. 18(20)).</summary>
    [JsonStringEnumMemberName("CONFIDENTIAL_USE")]
    ConfidentialUse,

    /// <summary>Return the objects, documents or data once no longer needed (ETS 030 art. 6(2); Directive 2014/41/EU art. 13(4)).</summary>
    [JsonStringEnumMemberName("RETURN_AFTER_USE")]
    ReturnAfterUse,

    /// <summary>Erase once the purpose is achieved or by the date given (Directive (EU) 2016/680 art. 5).</summary>
    [JsonStringEnumMemberName("ERASE_AFTER_PURPOSE")]
    EraseAfterPurpose,

    /// <summary>Any other use needs the prior consent of the transmitting State (UNTOC art. 18(19); EU MLA Convention 2000 art. 23(1)(c)).</summary>
    [JsonStringEnumMemberName("CONSENT_REQUIRED_FOR_OTHER_USE")]
    ConsentRequiredForOtherUse,
}

/// <summary>Why a person needs protection (Directive 2012/29/EU arts 21 and 24; UNTOC arts 24–26). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProtectionCategory>))]
public enum ProtectionCategory
{
    /// <summary>A victim of the offence (Directive 2012/29/EU art. 21; UNTOC art. 25).</summary>
    [JsonStringEnumMemberName("VICTIM")]
    Victim = 1,

    /// <summary>A person under 18 (Directive (EU) 2016/800 art. 3; Directive 2012/29/EU art. 24).</summary>
    [JsonStringEnumMemberName("MINOR")]
    Minor,

    /// <summary>A witness under a protection programme or measure (UNTOC art. 24; UNCAC art. 32).</summary>
    [JsonStringEnumMemberName("PROTECTED_WITNESS")]
    ProtectedWitness,

    /// <summary>A person cooperating with law enforcement (UNTOC art. 26; UNCAC art. 37). Since 1.2.</summary>
    [JsonStringEnumMemberName("COOPERATING_PERSON")]
    CooperatingPerson,
}

/// <summary>How a message must be handled by every authority that reads it (EIO art. 19; UNTOC art. 18(20); Directive (EU) 2016/680 art. 29). Since 1.2.</summary>
public sealed record HandlingMarking
{
    /// <summary>Confidentiality level, <see cref="ConfidentialityLevel.Covert"/> included.</summary>
    public required ConfidentialityLevel Level { get; init; }

    /// <summary>Whether the content may be shown only to the persons handling the case (Directive (EU) 2016/680 art. 29(2)(b)).</summary>
    public bool? NeedToKnow { get; init; }
}

/// <summary>Conditions the transmitting authority attaches to personal data it transmits (Directive (EU) 2016/680 arts 5 and 9(3); EU MLA Convention 2000 art. 23). Since 1.2.</summary>
public sealed record DataProtectionConditions
{
    /// <summary>Coded conditions on use (UNTOC art. 18(19); EU MLA Convention 2000 art. 23).</summary>
    public IReadOnlyList<SpecialityCondition>? SpecialityConditions { get; init; }

    /// <summary>Specific processing conditions under the law of the transmitting State (Directive (EU) 2016/680 art. 9(3)).</summary>
    public MultilingualText? ProcessingConditions { get; init; }

    /// <summary>Date until which the data may be kept, after which they are erased or reviewed (Directive (EU) 2016/680 art. 5).</summary>
    public DateOnly? RetainUntil { get; init; }

    /// <summary>Date by which the data must be erased (Directive (EU) 2016/680 arts 5 and 16(2)).</summary>
    public DateOnly? EraseBy { get; init; }

    /// <summary>Whether any use beyond the proceedings stated needs the prior consent of the transmitting State (UNTOC art. 18(19); EU MLA Convention 2000 art. 23(1)(c)).</summary>
    public bool? ConsentForOtherUseRequired { get; init; }
}
