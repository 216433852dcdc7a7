using System.CommandLine;

namespace Mlat.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("mlat: validate, sign, verify and convert mutual legal assistance messages.");
        return root.Parse(args).Invoke();
    }
}
