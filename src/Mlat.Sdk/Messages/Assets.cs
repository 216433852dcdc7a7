using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>Kind of property to be frozen, seized or recovered (UNCAC arts 2(d), 31; UNTOC arts 2(d), 12). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssetKind>))]
public enum AssetKind
{
    /// <summary>BANK_ACCOUNT.</summary>
    [JsonStringEnumMemberName("BANK_ACCOUNT")]
    BankAccount = 1,

    /// <summary>REAL_ESTATE.</summary>
    [JsonStringEnumMemberName("REAL_ESTATE")]
    RealEstate,

    /// <summary>VEHICLE.</summary>
    [JsonStringEnumMemberName("VEHICLE")]
    Vehicle,

    /// <summary>VESSEL_OR_AIRCRAFT.</summary>
    [JsonStringEnumMemberName("VESSEL_OR_AIRCRAFT")]
    VesselOrAircraft,

    /// <summary>SECURITIES.</summary>
    [JsonStringEnumMemberName("SECURITIES")]
    Securities,

    /// <summary>CRYPTO_ASSETS.</summary>
    [JsonStringEnumMemberName("CRYPTO_ASSETS")]
    CryptoAssets,

    /// <summary>CASH.</summary>
    [JsonStringEnumMemberName("CASH")]
    Cash,

    /// <summary>BUSINESS_INTEREST.</summary>
    [JsonStringEnumMemberName("BUSINESS_INTEREST")]
    BusinessInterest,

    /// <summary>OTHER.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>Who provides the interpreter at a hearing (EIO art. 24(5)(e)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InterpreterArrangement>))]
public enum InterpreterArrangement
{
    /// <summary>ISSUING_STATE.</summary>
    [JsonStringEnumMemberName("ISSUING_STATE")]
    IssuingState = 1,

    /// <summary>EXECUTING_STATE.</summary>
    [JsonStringEnumMemberName("EXECUTING_STATE")]
    ExecutingState,

    /// <summary>NOT_NEEDED.</summary>
    [JsonStringEnumMemberName("NOT_NEEDED")]
    NotNeeded,
}

/// <summary>An amount of money in a currency, written exactly as a decimal string (UNCAC arts 31, 55; UNTOC arts 12–13). Since 1.2.</summary>
public sealed record MonetaryAmount
{
    /// <summary>
    /// The amount, written as a decimal string (digits, an optional fraction of up to four digits, no sign, no exponent)
    /// in the invariant culture, so it is read exactly in every language; its scale is kept (<c>1500.00</c> stays so).
    /// </summary>
    [JsonConverter(typeof(DecimalStringJsonConverter))]
    public required decimal Amount { get; init; }

    /// <summary>ISO 4217 alphabetic currency code.</summary>
    public required string Currency { get; init; }
}

/// <summary>One item of property to be frozen or recovered, with its value (EIO art. 32; UNCAC arts 31, 54, 55; UNTOC art. 13). Since 1.2.</summary>
public sealed record Asset
{
    /// <summary>Identifier of the asset inside the message thread.</summary>
    public required string Id { get; init; }

    /// <summary>Kind of property.</summary>
    public required AssetKind Kind { get; init; }

    /// <summary>Description of the property and where it is.</summary>
    public MultilingualText? Description { get; init; }

    /// <summary>Estimated value of the property (UNCAC art. 55(2)).</summary>
    public MonetaryAmount? EstimatedValue { get; init; }

    /// <summary>The account, when the kind is <see cref="AssetKind.BankAccount"/>.</summary>
    public FinancialAccount? Account { get; init; }

    /// <summary>Where the property is.</summary>
    public Address? Location { get; init; }

    /// <summary>Id of the person or legal person holding the property.</summary>
    public string? HolderRef { get; init; }
}

/// <summary>What a confiscation rests on (UNCAC arts 31, 54(1)(c), 55(1); UNTOC art. 13(1)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConfiscationBasis>))]
public enum ConfiscationBasis
{
    /// <summary>An order made after a criminal conviction (UNCAC arts 31(1), 55(1)(b)).</summary>
    [JsonStringEnumMemberName("CONVICTION_BASED")]
    ConvictionBased = 1,

    /// <summary>Confiscation without a criminal conviction, where the offender cannot be prosecuted by reason of death, flight or absence or in other appropriate cases (UNCAC art. 54(1)(c)).</summary>
    [JsonStringEnumMemberName("NON_CONVICTION_BASED")]
    NonConvictionBased,

    /// <summary>No order yet: the requested State is asked to obtain one under its own law (UNCAC art. 55(1)(a); UNTOC art. 13(1)(a)).</summary>
    [JsonStringEnumMemberName("ORDER_TO_BE_OBTAINED")]
    OrderToBeObtained,
}

/// <summary>Why there is no conviction behind a confiscation (UNCAC art. 54(1)(c)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NonConvictionReason>))]
public enum NonConvictionReason
{
    /// <summary>The offender died.</summary>
    [JsonStringEnumMemberName("DEATH")]
    Death = 1,

    /// <summary>The offender fled.</summary>
    [JsonStringEnumMemberName("FLIGHT")]
    Flight,

    /// <summary>The offender is absent.</summary>
    [JsonStringEnumMemberName("ABSENCE")]
    Absence,

    /// <summary>Another appropriate case, explained.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>A confiscation order of the requesting State on which a request rests (UNCAC art. 55(1)(b), 55(3)(b); UNTOC art. 13(3)). Since 1.2.</summary>
public sealed record ConfiscationOrder
{
    /// <summary>The court or authority that made the order.</summary>
    public required Authority IssuedBy { get; init; }

    /// <summary>Date of the order.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>The court's file or case number.</summary>
    public string? Reference { get; init; }

    /// <summary>Whether the order is final, no longer open to ordinary appeal (UNCAC art. 55(3)(b)).</summary>
    public required bool Final { get; init; }

    /// <summary>Date on which the order became final.</summary>
    public DateOnly? FinalSince { get; init; }

    /// <summary>Id of the attachment holding the legally admissible copy of the order (UNCAC art. 55(3)(b)).</summary>
    public string? DocumentRef { get; init; }

    /// <summary>The extent to which execution of the order is requested (UNCAC art. 55(3)(b)).</summary>
    public MultilingualText? ExtentOfExecution { get; init; }

    /// <summary>The measures taken to notify bona fide third parties and to ensure due process (UNCAC arts 31(9), 55(3)(b)).</summary>
    public MultilingualText? ThirdPartyNotice { get; init; }
}

/// <summary>Why confiscated property is to be returned (UNCAC art. 57(3), (5); UNTOC art. 14(3)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReturnBasis>))]
public enum ReturnBasis
{
    /// <summary>Embezzlement of public funds or laundering of embezzled public funds: returned to the requesting State on a final judgement in it (UNCAC art. 57(3)(a)).</summary>
    [JsonStringEnumMemberName("EMBEZZLED_PUBLIC_FUNDS")]
    EmbezzledPublicFunds = 1,

    /// <summary>Another offence of the Convention, where the requesting State reasonably establishes its prior ownership or the requested State recognises damage to it (UNCAC art. 57(3)(b)).</summary>
    [JsonStringEnumMemberName("PRIOR_OWNERSHIP_OR_DAMAGE")]
    PriorOwnershipOrDamage,

    /// <summary>All other cases: priority consideration to return to the requesting State or prior owners or to compensation of victims (UNCAC art. 57(3)(c)).</summary>
    [JsonStringEnumMemberName("OTHER_PRIORITY_CONSIDERATION")]
    OtherPriorityConsideration,

    /// <summary>An agreement or arrangement for the final disposal or sharing of the property (UNCAC art. 57(5); UNTOC art. 14(3)).</summary>
    [JsonStringEnumMemberName("SHARING_ARRANGEMENT")]
    SharingArrangement,
}

/// <summary>Who is to receive returned property (UNCAC art. 57(3)(c); UNTOC art. 14(2)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReturnBeneficiary>))]
public enum ReturnBeneficiary
{
    /// <summary>The requesting State.</summary>
    [JsonStringEnumMemberName("REQUESTING_STATE")]
    RequestingState = 1,

    /// <summary>The prior legitimate owners.</summary>
    [JsonStringEnumMemberName("PRIOR_LEGITIMATE_OWNER")]
    PriorLegitimateOwner,

    /// <summary>The victims, as compensation.</summary>
    [JsonStringEnumMemberName("VICTIMS")]
    Victims,
}

/// <summary>The return of confiscated property a request asks for (UNCAC art. 57(2)–(5); UNTOC art. 14(2)). Since 1.2.</summary>
public sealed record AssetReturnRequest
{
    /// <summary>Why the property is to be returned.</summary>
    public required ReturnBasis Basis { get; init; }

    /// <summary>Who is to receive it.</summary>
    public required ReturnBeneficiary Beneficiary { get; init; }

    /// <summary>The account into which the property or its value is to be paid.</summary>
    public FinancialAccount? Account { get; init; }

    /// <summary>The agreement or arrangement for the disposal of the property (UNCAC art. 57(5)).</summary>
    public LegalReference? Agreement { get; init; }

    /// <summary>How prior ownership or damage is established, or other explanation (UNCAC art. 57(3)(b)).</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>Confiscation of property (measure CONFISCATION; UNCAC arts 54, 55, 57; UNTOC arts 12–14); rule MLAT-R-0114 checks it. Since 1.2.</summary>
public sealed record ConfiscationDetails
{
    /// <summary>What the confiscation rests on.</summary>
    public required ConfiscationBasis Basis { get; init; }

    /// <summary>The confiscation order, for conviction-based and non-conviction-based confiscation (UNCAC art. 55(3)(b)).</summary>
    public ConfiscationOrder? Order { get; init; }

    /// <summary>Why there is no conviction (UNCAC art. 54(1)(c)).</summary>
    public NonConvictionReason? NonConvictionReason { get; init; }

    /// <summary>Whether the confiscation is of property whose value corresponds to the proceeds (UNCAC art. 31(1)(a)).</summary>
    public bool? ValueBased { get; init; }

    /// <summary>The amount to be recovered, for a value-based confiscation.</summary>
    public MonetaryAmount? Amount { get; init; }

    /// <summary>The property to be confiscated (UNCAC art. 55(3)(a)).</summary>
    public IReadOnlyList<Asset>? Assets { get; init; }

    /// <summary>The return asked for (UNCAC art. 57).</summary>
    public AssetReturnRequest? ReturnRequested { get; init; }
}

/// <summary>What became of property (UNCAC arts 54, 55, 57; UNTOC arts 13–14). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssetDispositionKind>))]
public enum AssetDispositionKind
{
    /// <summary>Frozen (UNCAC art. 54(2)).</summary>
    [JsonStringEnumMemberName("FROZEN")]
    Frozen = 1,

    /// <summary>Seized (UNCAC art. 54(2)).</summary>
    [JsonStringEnumMemberName("SEIZED")]
    Seized,

    /// <summary>Confiscated (UNCAC art. 55(1)).</summary>
    [JsonStringEnumMemberName("CONFISCATED")]
    Confiscated,

    /// <summary>Returned to the requesting State or the owner (UNCAC art. 57).</summary>
    [JsonStringEnumMemberName("RETURNED")]
    Returned,

    /// <summary>Disposed of under a sharing agreement (UNCAC art. 57(5); UNTOC art. 14(3)).</summary>
    [JsonStringEnumMemberName("SHARED")]
    Shared,

    /// <summary>The freezing or seizure lifted (UNCAC art. 55(8)).</summary>
    [JsonStringEnumMemberName("RELEASED")]
    Released,

    /// <summary>Confiscated and kept by the requested State (UNCAC art. 57(1)).</summary>
    [JsonStringEnumMemberName("RETAINED")]
    Retained,
}

/// <summary>What was deducted from property before its return (UNCAC arts 31(9), 57(4)–(5); UNTOC art. 14(3)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeductionKind>))]
public enum DeductionKind
{
    /// <summary>Reasonable expenses of the investigations, prosecutions or judicial proceedings (UNCAC art. 57(4)).</summary>
    [JsonStringEnumMemberName("EXPENSES")]
    Expenses = 1,

    /// <summary>Rights of bona fide third parties satisfied (UNCAC art. 31(9)).</summary>
    [JsonStringEnumMemberName("THIRD_PARTY_CLAIM")]
    ThirdPartyClaim,

    /// <summary>The share kept under a sharing arrangement (UNCAC art. 57(5); UNTOC art. 14(3)(b)).</summary>
    [JsonStringEnumMemberName("SHARE_RETAINED")]
    ShareRetained,

    /// <summary>Another deduction, explained.</summary>
    [JsonStringEnumMemberName("OTHER")]
    Other,
}

/// <summary>One deduction from property returned (UNCAC art. 57(4)). Since 1.2.</summary>
public sealed record Deduction
{
    /// <summary>What was deducted.</summary>
    public required DeductionKind Kind { get; init; }

    /// <summary>The amount deducted, in the currency of the gross amount (rule MLAT-R-0115).</summary>
    public required MonetaryAmount Amount { get; init; }

    /// <summary>What the deduction covers.</summary>
    public MultilingualText? Explanation { get; init; }
}

/// <summary>What became of property, with amounts; for a return, gross amount less deductions equals the net amount (rule MLAT-R-0115). Since 1.2.</summary>
public sealed record AssetDisposition
{
    /// <summary>What became of the property.</summary>
    public required AssetDispositionKind Kind { get; init; }

    /// <summary>Ids of the assets concerned; absent means all the property of the measure.</summary>
    public IReadOnlyList<string>? AssetRefs { get; init; }

    /// <summary>Date of the decision or act.</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>The authority that decided.</summary>
    public Authority? DecidedBy { get; init; }

    /// <summary>The value realised or confiscated before deductions.</summary>
    public MonetaryAmount? GrossAmount { get; init; }

    /// <summary>Deductions before the return (UNCAC art. 57(4)).</summary>
    public IReadOnlyList<Deduction>? Deductions { get; init; }

    /// <summary>The amount transferred: the gross amount less every deduction.</summary>
    public MonetaryAmount? NetAmount { get; init; }

    /// <summary>Date of the transfer, for RETURNED and SHARED.</summary>
    public DateOnly? TransferredOn { get; init; }

    /// <summary>The account the amount was paid into.</summary>
    public FinancialAccount? TransferredTo { get; init; }

    /// <summary>The agreement or arrangement under which the property was returned or shared (UNCAC art. 57(5)).</summary>
    public LegalReference? Agreement { get; init; }

    /// <summary>Further information.</summary>
    public MultilingualText? Note { get; init; }
}
