namespace Mlat.Cli;

/// <summary>Exit codes of every mlat command (DESIGN §7.2).</summary>
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
}
