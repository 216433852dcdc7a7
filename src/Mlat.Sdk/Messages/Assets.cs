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
