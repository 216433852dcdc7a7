using System.Text.RegularExpressions;

namespace Mlat.Sdk.Tests.Repository;

/// <summary>
/// Issue 10: the repository is self-contained. Its normative text is docs/specification.md; nothing cites a design or
/// domain document that lives outside it, and only the one test helper and the CI script name the folder beside the
/// clone where third-party vectors may be. Every tracked text file is scanned; a hit names its file and line.
/// </summary>
public sealed class ExternalReferenceTests
{
    // Built from pieces so that this file does not match its own search.
    private static readonly string DesignWord = "DES" + "IGN";
    private static readonly string DomainFile = "DOM" + "AIN.md";
    private static readonly string SharedFolder = ".." + "/shared";
    private static readonly string SharedFolderBackslash = ".." + "\\shared";
    private static readonly string SharedAbsolute = "/work" + "/shared";

    // Whole word and upper case: the wire value DESIGNATED_ESTABLISHMENT and the English word "design" are not references.
    private static readonly Regex Design = new("(?<![A-Za-z0-9_])" + DesignWord + "(?![A-Za-z0-9_])", RegexOptions.CultureInvariant);

    /// <summary>The only files allowed to name the vectors folder beside the clone.</summary>
    private static readonly HashSet<string> SharedFolderAllowed = new(StringComparer.Ordinal)
    {
        "tests/Mlat.Sdk.TestSupport/TestPaths.cs",
        ".ci/run",
    };

    [Fact]
    public void No_file_of_the_repository_cites_a_document_outside_it()
    {
        var files = RepositoryFiles.Text.ToList();
        Assert.Contains("docs/specification.md", files);
        Assert.Contains("src/Mlat.Sdk/Envelopes/EnvelopeVerifier.cs", files);

        var hits = files.SelectMany(f => Scan(f, File.ReadAllText(Path.Combine(TestPaths.RepoRoot, f)))).ToList();

        Assert.True(hits.Count == 0, "References to documents outside the repository (cite docs/specification.md instead):\n" + string.Join("\n", hits));
    }

    [Fact]
    public void The_scan_names_file_and_line_of_every_kind_of_reference()
    {
        var text = string.Join('\n',
            "// fine: design, DESIGNATED_ESTABLISHMENT, DOMAIN, specification §7.8",
            "/// see " + DesignWord + " §5.3",
            "# " + DomainFile.ToLowerInvariant() + " beside this file",
            "vectors in " + SharedFolder + "/vectors",
            "vectors in " + SharedFolderBackslash + "\\vectors",
            "copied from " + SharedAbsolute + "/x");

        Assert.Equal(
            [$"src/X.cs:2: {DesignWord}", $"src/X.cs:3: {DomainFile}", $"src/X.cs:4: {SharedFolder}", $"src/X.cs:5: {SharedFolder}", $"src/X.cs:6: {SharedAbsolute}"],
            Scan("src/X.cs", text));
        Assert.Empty(Scan("tests/Mlat.Sdk.TestSupport/TestPaths.cs", "// else " + SharedFolder + "/vectors"));
        Assert.Equal([$"tests/Mlat.Sdk.TestSupport/TestPaths.cs:1: {DesignWord}"], Scan("tests/Mlat.Sdk.TestSupport/TestPaths.cs", DesignWord + " §1"));
    }

    /// <summary>Each forbidden reference in <paramref name="text"/> as "file:line: what".</summary>
    private static List<string> Scan(string file, string text)
    {
        var hits = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Design.IsMatch(line))
            {
                hits.Add($"{file}:{i + 1}: {DesignWord}");
            }

            if (line.Contains(DomainFile, StringComparison.OrdinalIgnoreCase))
            {
                hits.Add($"{file}:{i + 1}: {DomainFile}");
            }

            if (!SharedFolderAllowed.Contains(file)
                && (line.Contains(SharedFolder, StringComparison.Ordinal) || line.Contains(SharedFolderBackslash, StringComparison.Ordinal)))
            {
                hits.Add($"{file}:{i + 1}: {SharedFolder}");
            }

            if (line.Contains(SharedAbsolute, StringComparison.Ordinal))
            {
                hits.Add($"{file}:{i + 1}: {SharedAbsolute}");
            }
        }

        return hits;
    }
}
