using System.Text;
using System.Text.RegularExpressions;

namespace Mlat.Sdk.Tests.Repository;

/// <summary>
/// Issue 10: README's Layout section matches the tree, README and every page of docs/ link the specification, and every
/// link to a section of the specification names a heading that exists (sections are cited by number, so a renamed
/// heading must not leave dangling links).
/// </summary>
public sealed partial class DocumentationLayoutTests
{
    private const string Specification = "docs/specification.md";

    /// <summary>Folders whose every sub-folder the Layout section must name.</summary>
    private static readonly string[] DetailedRoots = ["src", "tests", "schemas", "samples"];

    private static string Read(string relative) => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, relative));

    [Fact]
    public void Every_path_named_in_the_readme_layout_exists()
    {
        var files = RepositoryFiles.All;
        var missing = LayoutPaths(Read("README.md"))
            .Where(p => p.EndsWith('/') ? !files.Any(f => f.StartsWith(p, StringComparison.Ordinal)) : !files.Contains(p))
            .ToList();

        Assert.True(missing.Count == 0, "README.md Layout names paths that are not in the repository: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_readme_layout_names_every_top_level_folder_and_every_folder_of_src_tests_schemas_and_samples()
    {
        var named = LayoutPaths(Read("README.md"));
        var missing = FoldersToName(RepositoryFiles.All)
            .Where(folder => !named.Any(p => p.StartsWith(folder, StringComparison.Ordinal)))
            .ToList();

        Assert.True(missing.Count == 0, "README.md Layout does not name these folders (add a line for each): " + string.Join(", ", missing));
    }

    [Fact]
    public void The_layout_checks_fail_on_a_stale_or_incomplete_layout()
    {
        var readme = "# X\n\n## Layout\n\n```\nsrc/Mlat.Sdk/     the library\nsrc/Gone/   removed\ndocs/   pages\n```\n\n## Next\n```\nother/\n```\n";
        Assert.Equal(["src/Mlat.Sdk/", "src/Gone/", "docs/"], LayoutPaths(readme));

        var folders = FoldersToName(["src/Mlat.Sdk/A.cs", "src/Mlat.Cli/B.cs", "docs/a.md", "eng/x.sh", "README.md", "samples/manifest.json"]);
        Assert.Equal(["docs/", "eng/", "samples/", "src/", "src/Mlat.Cli/", "src/Mlat.Sdk/"], folders);
    }

    [Fact]
    public void The_readme_and_every_docs_page_link_the_specification()
    {
        Assert.Contains("](" + Specification + ")", Read("README.md"), StringComparison.Ordinal);

        // The pages of docs/ itself; documents in sub-folders (such as a signature policy, whose bytes are pinned by digest)
        // are artefacts of the standard, not pages.
        var pages = RepositoryFiles.All
            .Where(f => f.StartsWith("docs/", StringComparison.Ordinal) && f.IndexOf('/', 5) < 0 && f.EndsWith(".md", StringComparison.Ordinal) && f != Specification)
            .ToList();
        Assert.NotEmpty(pages);
        var unlinked = pages.Where(p => !SpecificationLink().IsMatch(Read(p))).ToList();

        Assert.True(unlinked.Count == 0, "These docs pages do not link specification.md: " + string.Join(", ", unlinked));
    }

    [Fact]
    public void Every_link_to_a_section_of_the_specification_names_an_existing_heading()
    {
        var anchors = Headings(Read(Specification)).Select(Slug).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("78-verification-order", anchors);

        var sources = RepositoryFiles.All.Where(f => f.EndsWith(".md", StringComparison.Ordinal));
        var broken = new List<string>();
        foreach (var file in sources)
        {
            var text = Read(file);
            var own = file == Specification;
            foreach (Match link in SectionLink().Matches(text))
            {
                var target = link.Groups["file"].Value;
                var points = own ? target.Length == 0 : target.EndsWith("specification.md", StringComparison.Ordinal);
                if (points && !anchors.Contains(link.Groups["anchor"].Value))
                {
                    broken.Add(file + ": #" + link.Groups["anchor"].Value);
                }
            }
        }

        Assert.True(broken.Count == 0, "Links to sections of the specification that do not exist: " + string.Join(", ", broken));
    }

    /// <summary>The first column of every line of the code block under "## Layout".</summary>
    private static List<string> LayoutPaths(string readme)
    {
        var lines = readme.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == "## Layout");
        Assert.True(start >= 0, "README.md has no '## Layout' section");
        var open = lines.FindIndex(start, l => l.StartsWith("```", StringComparison.Ordinal));
        var close = lines.FindIndex(open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return lines.Skip(open + 1).Take(close - open - 1)
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Trim().Split(' ', 2)[0])
            .ToList();
    }

    /// <summary>Every top-level folder, and every folder directly under src/, tests/, schemas/ and samples/.</summary>
    private static List<string> FoldersToName(IEnumerable<string> files)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var parts in files.Select(f => f.Split('/')))
        {
            if (parts.Length >= 2)
            {
                folders.Add(parts[0] + "/");
            }

            if (parts.Length >= 3 && DetailedRoots.Contains(parts[0]))
            {
                folders.Add(parts[0] + "/" + parts[1] + "/");
            }
        }

        return [.. folders];
    }

    private static IEnumerable<string> Headings(string markdown)
    {
        var inCode = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && line.StartsWith('#'))
            {
                yield return line.TrimStart('#').Trim();
            }
        }
    }

    /// <summary>The anchor GitHub gives a heading: lower case, punctuation other than '-' and '_' dropped, spaces as '-'.</summary>
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"\]\((?:[^)\s]*/)?specification\.md(#[^)\s]*)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex SpecificationLink();

    [GeneratedRegex(@"\]\((?<file>[^)#\s]*)#(?<anchor>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionLink();
}
