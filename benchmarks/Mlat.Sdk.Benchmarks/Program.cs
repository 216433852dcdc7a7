using BenchmarkDotNet.Running;

namespace Mlat.Sdk.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        // `load [--messages N] [--senders N] [--postgres CONN --redis HOST:PORT]`: the HTTP binding under load (LoadRun).
        if (args is ["load", ..])
        {
            return LoadRun.MainAsync(args).GetAwaiter().GetResult();
        }

        // `paired [--rounds N]`: signing and verification ratios in alternating rounds (PairedRun).
        if (args is ["paired", ..])
        {
            return PairedRun.Execute(args);
        }

        // `export <dir>`: writes the benchmark documents for the Node peers (see benchmarks/README.md, Peers).
        if (args is ["export", var directory])
        {
            foreach (var path in Inputs.Export(directory))
            {
                Console.WriteLine(path);
            }

            // The same messages signed by the SDK (ES256, one signature), for jose's verification timing.
            foreach (var size in Inputs.AllMessages)
            {
                var signatures = new SignatureBenchmarks { Size = size };
                signatures.Setup();
                var path = Path.Combine(directory, size + ".signed.json");
                File.WriteAllBytes(path, signatures.SignedOne);
                signatures.Cleanup();
                Console.WriteLine(path);
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
