using System.Diagnostics;

namespace Mlat.Sdk.Tests.Repository;

/// <summary>
/// The files of the repository, as paths relative to its root with '/' separators: what <c>git ls-files</c> lists when
/// the root is a git checkout, otherwise every file under the root except build output, installed packages and
/// hidden folders (other than <c>.ci</c>).
/// </summary>
internal static class RepositoryFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        "bin", "obj", "node_modules", "artifacts", "TestResults", "mlat-demo",
    };

    private static readonly Lazy<List<string>> Files = new(List);

    public static IReadOnlyList<string> All => Files.Value;

    /// <summary>The text files: those without a NUL byte in their first 8 KiB.</summary>
    public static IEnumerable<string> Text => All.Where(IsText);

    private static List<string> List()
        => FromGit() ?? Walk(new DirectoryInfo(TestPaths.RepoRoot), string.Empty).Order(StringComparer.Ordinal).ToList();

    private static List<string>? FromGit()
    {
        if (!Directory.Exists(Path.Combine(TestPaths.RepoRoot, ".git")) && !File.Exists(Path.Combine(TestPaths.RepoRoot, ".git")))
        {
            return null;
        }

        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "ls-files -z")
            {
                WorkingDirectory = TestPaths.RepoRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode != 0)
            {
                return null;
            }

            // A file deleted in the work tree but not yet staged is still listed by git; it is not part of what is checked.
            return output.Split('\0', StringSplitOptions.RemoveEmptyEntries)
                .Where(f => File.Exists(Path.Combine(TestPaths.RepoRoot, f)))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static IEnumerable<string> Walk(DirectoryInfo dir, string prefix)
    {
        foreach (var file in dir.EnumerateFiles())
        {
            yield return prefix + file.Name;
        }

        foreach (var sub in dir.EnumerateDirectories())
        {
            if (SkippedFolders.Contains(sub.Name) || (sub.Name.StartsWith('.') && sub.Name != ".ci"))
            {
                continue;
            }

            foreach (var file in Walk(sub, prefix + sub.Name + "/"))
            {
                yield return file;
            }
        }
    }

    private static bool IsText(string relative)
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.RepoRoot, relative));
        Span<byte> head = stackalloc byte[8192];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return !head[..read].Contains((byte)0);
    }
}
