using Microsoft.Extensions.Logging;

namespace Mlat.Sdk;

/// <summary>
/// Every log entry of the SDK, source-generated. Arguments are codes, counts, message types, versions and authority
/// ids (public bodies, not persons) — never message content, which may be personal data (GDPR art. 5(1)(c), LED art. 4).
/// Levels follow one scheme (docs/logging.md, pinned by a test): what is accepted logs at Information, what is refused at
/// Warning, a failure of the system itself at Error.
/// </summary>
internal static partial class SdkLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Validated {MessageType} {Version}: valid, {FindingCount} warning(s)")]
    public static partial void Validated(ILogger logger, string messageType, string version, int findingCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Validation of {MessageType} {Version} failed: {FindingCount} finding(s), codes {Codes}")]
    public static partial void ValidationFailed(ILogger logger, string messageType, string version, int findingCount, string codes);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Envelope verified: {SignatureCount} signature(s) by {Authorities}")]
    public static partial void Verified(ILogger logger, int signatureCount, string authorities);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Envelope not verified: codes {Codes}")]
    public static partial void NotVerified(ILogger logger, string codes);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Trust list of partner {Partner} loaded: {CountryCount} countries, after a change of its {Source}")]
    public static partial void TrustListLoaded(ILogger logger, string partner, int countryCount, string source);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Trust list of partner {Partner} not reloaded ({Reason}); the last good list stays in use")]
    public static partial void TrustListRejected(ILogger logger, string partner, string reason);

}
