using System.CommandLine;

namespace Mlat.Cli;

/// <summary>
/// The mlat command line: builds the command tree, maps parse errors to exit code 2, and makes sure no exception
/// reaches the user as a stack trace. Commands take their writers as arguments so tests run them in-process.
/// </summary>
internal static class MlatCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("mlat: validate, sign, verify, negotiate and convert mutual legal assistance messages (Mlat.Sdk).");
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(NegotiateCommand.Create(stdout, stderr));
        root.Subcommands.Add(ConvertCommand.Create(stdout, stderr));
        root.Subcommands.Add(ConformanceCommand.Create(stdout, stderr));
        root.Subcommands.Add(DemoCommand.Create(stdout, stderr));
        root.Subcommands.Add(KeysCommand.Create(stdout, stderr));
        root.Subcommands.Add(SignCommand.Create(stdout, stderr));
        root.Subcommands.Add(VerifyCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReceiptCommand.Create(stdout, stderr));
        root.Subcommands.Add(EncryptCommand.CreateEncrypt(stdout, stderr));
        root.Subcommands.Add(EncryptCommand.CreateDecrypt(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr));
        root.Subcommands.Add(CaseCommand.Create(stdout, stderr));
        root.Subcommands.Add(NodeCommand.CreateServe(stdout, stderr));
        root.Subcommands.Add(NodeCommand.CreateSend(stdout, stderr));
        root.Subcommands.Add(NodeCommand.CreateInbox(stdout, stderr));
        root.Subcommands.Add(NodeCommand.CreateOutbox(stdout, stderr));
        root.Subcommands.Add(CapabilitiesCommand.Create(stdout, stderr));

        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"mlat: {error.Message}");
            }

            stderr.WriteLine("Run 'mlat --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The one place every unexpected failure becomes a message without a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"mlat: internal error ({ex.GetType().Name}); please report it with the command that caused it.");
            return ExitCodes.Usage;
        }
    }
}
