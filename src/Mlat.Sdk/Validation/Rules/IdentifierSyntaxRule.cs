using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Mlat.Sdk.Messages;
using static Mlat.Sdk.Validation.Rules.RuleHelpers;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>MLAT-R-0101: The value of a data identifier has the syntax of its type (IMEI, IMSI, ICCID, MAC, IP, e-mail, E.164).</summary>
internal sealed partial class IdentifierSyntaxRule : BusinessRule
{
    public override string Id => "MLAT-R-0101";

    public override string Since => "1.1"; // DataIdentifier exists since 1.1; ICCID and MAC_ADDRESS since 1.2

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IReadOnlyList<Profile> Profiles { get; } = AllProfiles;

    public override IReadOnlyList<MessageType> MessageTypes { get; } = [MessageType.ProductionOrder, MessageType.PreservationOrder];

    public override string LegalSource => "Regulation (EU) 2023/1543 annex I section F and annex II section C; 3GPP TS 23.003 (IMEI, IMSI); ITU-T E.118 (ICCID), E.164; IEEE 802 (MAC); RFC 791, RFC 4291 (IP)";

    public override string Description => "The value of a data identifier has the syntax of its type: IMEI, IMSI, ICCID, MAC address, IPv4, IPv6, e-mail or E.164 number.";

    public override void Check(RuleContext context)
    {
        var requests = DataRequestsOf(context.Body);
        for (var i = 0; i < requests.Count; i++)
        {
            var identifier = requests[i].Identifier;
            if (!IsValid(identifier.Type, identifier.Value))
            {
                context.Report(At("/body/dataRequests", i) + "/identifier/value");
            }
        }
    }

    internal static bool IsValid(DataIdentifierType type, string value) => type switch
    {
        DataIdentifierType.Imei => Digits().IsMatch(value) && value.Length == 15 && Luhn(value),
        DataIdentifierType.Imsi => Digits().IsMatch(value) && value.Length is 14 or 15,
        DataIdentifierType.Iccid => Iccid().IsMatch(value),
        DataIdentifierType.MacAddress => Mac().IsMatch(value),
        DataIdentifierType.PhoneE164 => E164().IsMatch(value),
        DataIdentifierType.Ipv4 or DataIdentifierType.IpPortTimestamp => Ipv4().IsMatch(value) || IsIpv6(value),
        DataIdentifierType.Ipv6 => IsIpv6(value),
        DataIdentifierType.Email => Email().IsMatch(value),
        _ => true, // account ids, user names, URLs and domains have no syntax common to every provider
    };

    // IMEI check digit (3GPP TS 23.003 annex B): Luhn over the first 14 digits.
    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static bool IsIpv6(string value)
        => value.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Digits();

    [GeneratedRegex("^89[0-9]{17,18}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Iccid();

    [GeneratedRegex("^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Mac();

    [GeneratedRegex("^\\+[1-9][0-9]{1,14}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex E164();

    [GeneratedRegex("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Ipv4();

    [GeneratedRegex("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();
}
