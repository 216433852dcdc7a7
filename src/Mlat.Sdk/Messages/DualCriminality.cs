using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>What the issuing or requesting side states about dual criminality (EIO art. 11(1)(g), 11(2); UNTOC art. 18(9); ETS 030 art. 5(1)(a)). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DualCriminalityAssessment>))]
public enum DualCriminalityAssessment
{
    /// <summary>The conduct is an offence under the law of both States (ETS 030 art. 5(1)(a); UNTOC art. 18(9); Regulation (EU) 2023/1543 art. 12(1)(d)).</summary>
    [JsonStringEnumMemberName("PUNISHABLE_IN_BOTH_STATES")]
    PunishableInBothStates = 1,

    /// <summary>An offence of EIO annex D or Regulation (EU) 2023/1543 annex IV punishable by at least three years, for which dual criminality is not verified (EIO art. 11(1)(g)).</summary>
    [JsonStringEnumMemberName("LISTED_OFFENCE")]
    ListedOffence,

    /// <summary>The measure is one for which dual criminality cannot be required (EIO art. 10(2) and 11(2); UNTOC art. 18(9) second sentence).</summary>
    [JsonStringEnumMemberName("NON_COERCIVE_MEASURE")]
    NonCoerciveMeasure,

    /// <summary>The applicable instrument does not require it (UNCAC art. 46(9)(b)).</summary>
    [JsonStringEnumMemberName("NOT_REQUIRED_BY_INSTRUMENT")]
    NotRequiredByInstrument,

    /// <summary>The issuing side could not establish it. Since 1.2.</summary>
    [JsonStringEnumMemberName("NOT_ESTABLISHED")]
    NotEstablished,
}

/// <summary>A statement on dual criminality for an offence (EIO art. 11(1)(g), 11(2); UNTOC art. 18(9); UNCAC art. 46(9); ETS 030 art. 5(1)(a); Regulation (EU) 2023/1543 art. 12(1)(d)). Since 1.2.</summary>
public sealed record DualCriminalityStatement
{
    /// <summary>What is stated about dual criminality.</summary>
    public required DualCriminalityAssessment Assessment { get; init; }

    /// <summary>The provisions of the executing or requested State's law under which the conduct is an offence, each naming its state.</summary>
    public IReadOnlyList<LegalReference>? ExecutingStateProvisions { get; init; }

    /// <summary>Further explanation.</summary>
    public MultilingualText? Explanation { get; init; }
}
