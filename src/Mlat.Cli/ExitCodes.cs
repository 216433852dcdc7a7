namespace Mlat.Cli;

/// <summary>Exit codes of every mlat command (specification §14.6).</summary>
internal static class ExitCodes
{
    /// <summary>The check passed.</summary>
    public const int Success = 0;

    /// <summary>The input failed the check.</summary>
    public const int Failed = 1;

    /// <summary>Usage error or unreadable input.</summary>
    public const int Usage = 2;
}

/// <summary>Codes of the errors the command line itself reports (docs/error-codes.md, "Command line").</summary>
internal static class CliCodes
{
    /// <summary>A file named on the command line does not exist or cannot be read.</summary>
    public const string Unreadable = "MLAT-CLI-UNREADABLE";

    /// <summary>An output file named on the command line cannot be written.</summary>
    public const string Unwritable = "MLAT-CLI-UNWRITABLE";

    /// <summary>Two <c>--attach</c> values resolve to the same attachment id, or to an empty one.</summary>
    public const string AttachmentId = "MLAT-CLI-ATTACHMENT-ID";

    /// <summary><c>mlat send --attach</c>: a file is not the document the message's manifest names under its id (no <c>AttachmentRef</c> with that id and the file's SHA-256).</summary>
    public const string AttachmentNotInManifest = "MLAT-CLI-ATTACHMENT-NOT-IN-MANIFEST";

    /// <summary><c>mlat send</c>: the message's signature covers an attachment (a <c>cid:</c> entry of its <c>sigD</c>) that was neither given with <c>--attach</c> nor is in the node's store.</summary>
    public const string AttachmentMissing = "MLAT-CLI-ATTACHMENT-MISSING";

    /// <summary><c>mlat verify</c> was given a technical receipt without <c>--envelope</c>, the envelope it attests.</summary>
    public const string ReceiptNeedsEnvelope = "MLAT-CLI-RECEIPT-NEEDS-ENVELOPE";

    /// <summary>A private key PEM cannot be read, or does not belong to the certificate or algorithm it is used with.</summary>
    public const string BadKey = "MLAT-CLI-BAD-KEY";

    /// <summary>A certificate PEM holds no readable certificate, or the certificate cannot be used for the operation.</summary>
    public const string BadCertificate = "MLAT-CLI-BAD-CERTIFICATE";

    /// <summary>A trust list file is not a valid trust list (its findings follow on standard error).</summary>
    public const string BadTrustList = "MLAT-CLI-BAD-TRUST-LIST";

    /// <summary>A <c>--message-type</c> value is not a message type of the standard.</summary>
    public const string UnknownMessageType = "MLAT-CLI-UNKNOWN-MESSAGE-TYPE";

    /// <summary>The <c>--tsa</c> of <c>mlat sign</c> is not an absolute http or https URL.</summary>
    public const string BadTsaUrl = "MLAT-CLI-BAD-TSA-URL";

    /// <summary>The <c>--request</c> file of <c>mlat validate</c> is not a valid message, so it cannot give the context (its findings follow).</summary>
    public const string BadRequest = "MLAT-CLI-BAD-REQUEST";

    /// <summary>The <c>--at</c> of <c>mlat case status</c> is not an RFC 3339 instant with an offset.</summary>
    public const string BadInstant = "MLAT-CLI-BAD-INSTANT";

    /// <summary>The <c>--config</c> file of a node command is not a valid node configuration (the message names the member).</summary>
    public const string BadConfig = "MLAT-CLI-BAD-CONFIG";

    /// <summary><c>mlat send</c>: the message's recipient is not among the node's configured peers.</summary>
    public const string UnknownPeer = "MLAT-CLI-UNKNOWN-PEER";

    /// <summary>A peer node could not be reached, or its capabilities document could not be fetched.</summary>
    public const string PeerUnreachable = "MLAT-CLI-PEER-UNREACHABLE";

    /// <summary>The node's store cannot be opened.</summary>
    public const string BadStore = "MLAT-CLI-BAD-STORE";

    /// <summary>A capabilities document named on the command line (<c>--recipient</c>, <c>mlat capabilities diff</c>) cannot be read, has no country profile, or its signatures do not verify.</summary>
    public const string BadProfile = "MLAT-CLI-BAD-PROFILE";
}
