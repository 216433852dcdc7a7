using BenchmarkDotNet.Running;

namespace Mlat.Sdk.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        // `export <dir>`: writes the benchmark documents for the Node peers (benchmarks/peers/README in benchmarks/README.md).
        if (args is ["export", var directory])
        {
            foreach (var path in Inputs.Export(directory))
            {
                Console.WriteLine(path);
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
