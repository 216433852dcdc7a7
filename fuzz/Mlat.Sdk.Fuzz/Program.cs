using Mlat.Sdk.Fuzz;

// Usage (eng/fuzz.sh runs these):
//   Mlat.Sdk.Fuzz <target>                 afl++ out-of-process loop (SharpFuzz); the input arrives on stdin
//   Mlat.Sdk.Fuzz seed <target> <folder>   write the seed corpus of a target, built from the samples
//   Mlat.Sdk.Fuzz replay <target> <folder> run every file of a folder once, print its codes, exit 1 on an exception
if (args.Length == 0 || (args[0] is "seed" or "replay" && args.Length != 3))
{
    Console.Error.WriteLine("usage: Mlat.Sdk.Fuzz <target> | seed <target> <folder> | replay <target> <folder>; targets: " + string.Join(", ", FuzzTargets.Names));
    return 2;
}

var root = Environment.GetEnvironmentVariable("MLAT_REPO") ?? FindRoot();
switch (args[0])
{
    case "seed":
    {
        // Run from an uninstrumented copy: instrumented code may only run inside the afl++ loop below.
        using var targets = new FuzzTargets(root);
        Directory.CreateDirectory(args[2]);
        foreach (var (name, bytes) in targets.Seeds(args[1]))
        {
            File.WriteAllBytes(Path.Combine(args[2], name), bytes);
        }

        return 0;
    }

    case "replay":
    {
        using var targets = new FuzzTargets(root);
        var failed = 0;
        foreach (var file in Directory.EnumerateFiles(args[2]).Order(StringComparer.Ordinal))
        {
            try
            {
                Console.WriteLine($"{Path.GetFileName(file)}: {string.Join(",", targets.Run(args[1], File.ReadAllBytes(file)))}");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"{Path.GetFileName(file)}: EXCEPTION {e.GetType().Name}");
                Console.Error.WriteLine(e);
            }
        }

        return failed == 0 ? 0 : 1;
    }

    default:
        var target = args[0];
        if (!FuzzTargets.Names.Contains(target))
        {
            Console.Error.WriteLine("unknown target; targets: " + string.Join(", ", FuzzTargets.Names));
            return 2;
        }

        // The instrumented SDK may run only once SharpFuzz has set up the shared coverage map, so the targets (which read
        // the sample trust list and key) are built on the first input, inside the loop.
        FuzzTargets? fuzz = null;
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            (fuzz ??= new FuzzTargets(root)).Run(target, buffer.ToArray());
        });
        return 0;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mlat.Sdk.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("Mlat.Sdk.sln not found; set MLAT_REPO.");
}
