using System.Text.Json.Serialization;

namespace Mlat.Sdk.Messages;

/// <summary>The channel a message travels through (UNTOC art. 18(13)–(14); ETS 030 art. 15; EU MLA Convention 2000 art. 6). Since 1.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransmissionRoute>))]
public enum TransmissionRoute
{
    /// <summary>Between central authorities (UNTOC art. 18(13); UNCAC art. 46(13)).</summary>
    [JsonStringEnumMemberName("CENTRAL_AUTHORITY")]
    CentralAuthority = 1,

    /// <summary>Directly between judicial authorities (EU MLA Convention 2000 art. 6(1); CISA art. 53(1); ETS 099 / ETS 182 art. 4).</summary>
    [JsonStringEnumMemberName("DIRECT_JUDICIAL")]
    DirectJudicial,

    /// <summary>Through diplomatic channels (UNTOC art. 18(13); ETS 030 art. 15).</summary>
    [JsonStringEnumMemberName("DIPLOMATIC")]
    Diplomatic,

    /// <summary>Through the International Criminal Police Organization, in urgent cases (UNTOC art. 18(13)–(14); ETS 030 art. 15(5)).</summary>
    [JsonStringEnumMemberName("INTERPOL")]
    Interpol,

    /// <summary>Through the 24/7 network of contact points (Budapest Convention art. 35; CETS 224 art. 9).</summary>
    [JsonStringEnumMemberName("NETWORK_24_7")]
    Network247,
}
