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
