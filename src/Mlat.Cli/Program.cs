namespace Mlat.Cli;

internal static class Program
{
    private static int Main(string[] args) => MlatCli.Run(args, Console.Out, Console.Error);
}
