using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Mlat.Sdk.Conformance;

/// <summary>The outcome of one case: a line of a <see cref="ConformanceReport"/>, not an <see cref="IMlatResult"/>
/// (what differed is text about the implementation under test, not findings about a message).</summary>
public sealed class ConformanceCaseResult
{
    /// <summary>Creates the outcome of one case.</summary>
    /// <param name="id">The case id (manifest id, or <c>negotiation/&lt;name&gt;</c>, <c>conversion/&lt;name&gt;</c>, <c>envelopes/&lt;id&gt;</c>).</param>
    /// <param name="suite">One of <see cref="ConformanceSuites"/>.</param>
    /// <param name="passed">Whether the implementation gave exactly the expected result.</param>
    /// <param name="failures">What differed, as codes, pointers and verdicts only (never message content).</param>
    /// <param name="duration">How long the case took.</param>
    public ConformanceCaseResult(string id, string suite, bool passed, IReadOnlyList<string> failures, TimeSpan duration)
    {
        Id = id;
        Suite = suite;
        Passed = passed;
        Failures = failures;
        Duration = duration;
    }

    /// <summary>The case id.</summary>
    public string Id { get; }

    /// <summary>The suite, one of <see cref="ConformanceSuites"/>.</summary>
    public string Suite { get; }

    /// <summary>Whether the implementation gave exactly the expected result.</summary>
    public bool Passed { get; }

    /// <summary>What differed, as codes, pointers and verdicts only (never message content).</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>How long the case took.</summary>
    public TimeSpan Duration { get; }

    /// <summary>What selects the case into kit profiles (suite, release, instruments); set by the runner.</summary>
    internal ConformanceCaseKey? Key { get; init; }
}

/// <summary>
/// Whether a run passed one conformance level (a kit profile, specification §14.1 and §14.3): at least one of the
/// level's cases ran and every one that ran passed.
/// </summary>
public sealed class ConformanceLevel
{
    internal ConformanceLevel(string name, string description, int cases, int failed)
    {
        Name = name;
        Description = description;
        Cases = cases;
        Failed = failed;
    }

    /// <summary>The kit profile that names the level, for example <c>receiver-core-1.1</c> or <c>signer</c>.</summary>
    public string Name { get; }

    /// <summary>What the level covers (<see cref="ConformanceProfiles.Describe(string)"/>).</summary>
    public string Description { get; }

    /// <summary>How many of the level's cases ran.</summary>
    public int Cases { get; }

    /// <summary>How many of them failed.</summary>
    public int Failed { get; }

    /// <summary>True when at least one case of the level ran and none failed.</summary>
    public bool Passed => Cases > 0 && Failed == 0;
}

/// <summary>
/// Every case of a run, with JUnit XML and JSON writers (specification §14.5). A report, not an
/// <see cref="IMlatResult"/>: its verdict is <see cref="IsSuccess"/> like every result's, and what failed is in
/// <see cref="Cases"/>.
/// </summary>
public sealed class ConformanceReport
{
    internal ConformanceReport(string? profile, string implementation, IReadOnlyList<ConformanceCaseResult> cases)
    {
        Profile = profile;
        Implementation = implementation;
        Cases = cases;
    }

    /// <summary>The kit profile that selected the cases, or <see langword="null"/> for all of them.</summary>
    public string? Profile { get; }

    /// <summary><c>Mlat.Sdk</c> for the in-process run, else the external command.</summary>
    public string Implementation { get; }

    /// <summary>Every case run, in a stable order (suite, then id).</summary>
    public IReadOnlyList<ConformanceCaseResult> Cases { get; }

    /// <summary>The version of the kit (the runner and its judging code, shipped in this SDK), major.minor.patch.</summary>
    public Version KitVersion { get; internal init; } = ConformanceRunner.KitVersion;

    /// <summary>
    /// <c>sha256:</c> and the digest of the samples folder the run used (every file's relative path and SHA-256, in
    /// ordinal order; docs/conformance.md), or empty when not known. A claim names it with the kit version.
    /// </summary>
    public string SamplesDigest { get; internal init; } = string.Empty;

    /// <summary>
    /// Every conformance level the run speaks for: each kit profile (but <c>full</c> and <c>validation</c>) of which at
    /// least one case ran when the run had no profile, else the run's profile alone; in documentation order.
    /// </summary>
    public IReadOnlyList<ConformanceLevel> Levels => levels ??= ComputeLevels();

    private IReadOnlyList<ConformanceLevel>? levels;

    private List<ConformanceLevel> ComputeLevels()
    {
        // A report of a suite that is no level of the kit (the HTTP binding's endpoint cases) states no level.
        var names = Profile is null ? ConformanceProfiles.Levels : ConformanceProfiles.Exists(Profile) ? [Profile] : [];
        var result = new List<ConformanceLevel>();
        foreach (var name in names)
        {
            var of = Cases.Where(c => c.Key is { } k && ConformanceProfiles.Selects(name, k)).ToList();
            if (of.Count > 0 || Profile is not null)
            {
                result.Add(new ConformanceLevel(name, ConformanceProfiles.Describe(name), of.Count, of.Count(c => !c.Passed)));
            }
        }

        return result;
    }

    /// <summary>Number of cases that passed.</summary>
    public int Passed => Cases.Count(c => c.Passed);

    /// <summary>Number of cases that failed.</summary>
    public int Failed => Cases.Count - Passed;

    /// <summary>Whether at least one case ran and every case passed.</summary>
    public bool IsSuccess => Cases.Count > 0 && Failed == 0;

    /// <summary>The last line of the console output: <c>N passed, N failed</c>.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed");

    /// <summary>Writes JUnit XML: one <c>testsuite</c> per suite, one <c>testcase</c> per case, a <c>failure</c> when it failed.</summary>
    /// <param name="output">Where to write (UTF-8).</param>
    public void WriteJUnit(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", "mlat-conformance" + (Profile is null ? string.Empty : ":" + Profile));
        w.WriteAttributeString("tests", Cases.Count.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("failures", Failed.ToString(CultureInfo.InvariantCulture));
        foreach (var suite in Cases.GroupBy(c => c.Suite))
        {
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", suite.Key);
            w.WriteAttributeString("tests", suite.Count().ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("failures", suite.Count(c => !c.Passed).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("errors", "0");
            w.WriteAttributeString("time", Seconds(suite.Aggregate(TimeSpan.Zero, (t, c) => t + c.Duration)));
            w.WriteStartElement("properties");
            foreach (var (name, value) in Properties())
            {
                w.WriteStartElement("property");
                w.WriteAttributeString("name", name);
                w.WriteAttributeString("value", value);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            foreach (var c in suite)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", "mlat." + suite.Key);
                w.WriteAttributeString("name", c.Id);
                w.WriteAttributeString("time", Seconds(c.Duration));
                if (!c.Passed)
                {
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("message", c.Failures.Count > 0 ? c.Failures[0] : "failed");
                    w.WriteString(string.Join('\n', c.Failures));
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>Writes the JSON report: <c>{"profile", "implementation", "passed", "failed", "cases": [{"id", "suite", "passed", "failures"}]}</c>.</summary>
    /// <param name="output">Where to write (UTF-8).</param>
    public void WriteJson(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        if (Profile is null)
        {
            w.WriteNull("profile");
        }
        else
        {
            w.WriteString("profile", Profile);
        }

        w.WriteString("implementation", Implementation);
        w.WriteString("product", Implementation);
        w.WriteString("kitVersion", KitVersion.ToString(3));
        w.WriteString("samplesDigest", SamplesDigest);
        w.WriteNumber("passed", Passed);
        w.WriteNumber("failed", Failed);
        w.WriteStartArray("levelsPassed");
        foreach (var level in Levels.Where(l => l.Passed))
        {
            w.WriteStringValue(level.Name);
        }

        w.WriteEndArray();
        w.WriteStartArray("levels");
        foreach (var level in Levels)
        {
            w.WriteStartObject();
            w.WriteString("name", level.Name);
            w.WriteBoolean("passed", level.Passed);
            w.WriteNumber("cases", level.Cases);
            w.WriteNumber("failed", level.Failed);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("cases");
        foreach (var c in Cases)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("suite", c.Suite);
            w.WriteBoolean("passed", c.Passed);
            w.WriteStartArray("failures");
            foreach (var f in c.Failures)
            {
                w.WriteStringValue(f);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Writes a self-contained HTML page for a reader who does not run tests (a procurement officer): the product, the
    /// kit version, the samples' digest, the levels passed and failed, and every failed case with what differed. No
    /// script, no external resource; every value is HTML-escaped.
    /// </summary>
    /// <param name="output">Where to write (UTF-8).</param>
    public void WriteHtml(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        static string E(string text) => System.Net.WebUtility.HtmlEncode(text);
        var passedLevels = Levels.Where(l => l.Passed).Select(l => l.Name).ToList();
        w.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"><title>Mlat conformance report: ");
        w.Write(E(Implementation));
        w.Write("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}.pass{color:#05602b}.fail{color:#a00000}code{font-size:.9em}</style></head><body>\n");
        w.Write("<h1>Mlat conformance report</h1>\n<table>\n");
        void Row(string name, string value) => w.Write($"<tr><th>{E(name)}</th><td>{E(value)}</td></tr>\n");
        Row("Product under test", Implementation);
        Row("Kit version", KitVersion.ToString(3));
        Row("Samples digest", SamplesDigest);
        Row("Kit profile run", Profile ?? "full");
        Row("Levels passed", passedLevels.Count > 0 ? string.Join(", ", passedLevels) : "none");
        Row("Cases", Summary);
        w.Write("</table>\n<h2>Conformance levels</h2>\n<table><tr><th>level</th><th>result</th><th>cases</th><th>failed</th><th>covers</th></tr>\n");
        foreach (var l in Levels)
        {
            var verdict = l.Passed ? "<span class=\"pass\">passed</span>" : "<span class=\"fail\">not passed</span>";
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td><code>{E(l.Name)}</code></td><td>{verdict}</td><td>{l.Cases}</td><td>{l.Failed}</td><td>{E(l.Description)}</td></tr>\n"));
        }

        w.Write("</table>\n<h2>Failed cases</h2>\n");
        var failed = Cases.Where(c => !c.Passed).ToList();
        if (failed.Count == 0)
        {
            w.Write("<p>None.</p>\n");
        }
        else
        {
            w.Write("<table><tr><th>suite</th><th>case</th><th>what differed</th></tr>\n");
            foreach (var c in failed)
            {
                w.Write($"<tr><td>{E(c.Suite)}</td><td><code>{E(c.Id)}</code></td><td>{string.Join("<br>", c.Failures.Select(E))}</td></tr>\n");
            }

            w.Write("</table>\n");
        }

        w.Write("<h2>Suites</h2>\n<table><tr><th>suite</th><th>passed</th><th>failed</th></tr>\n");
        foreach (var suite in Cases.GroupBy(c => c.Suite))
        {
            w.Write(string.Create(CultureInfo.InvariantCulture, $"<tr><td>{E(suite.Key)}</td><td>{suite.Count(c => c.Passed)}</td><td>{suite.Count(c => !c.Passed)}</td></tr>\n"));
        }

        w.Write("</table>\n<p>How to read this page: docs/conformance.md of the Mlat standard, section Reports. A level is passed when every one of its cases passed.</p>\n</body></html>\n");
    }

    private IEnumerable<(string Name, string Value)> Properties()
    {
        yield return ("product", Implementation);
        yield return ("kitVersion", KitVersion.ToString(3));
        yield return ("samplesDigest", SamplesDigest);
        yield return ("levelsPassed", string.Join(" ", Levels.Where(l => l.Passed).Select(l => l.Name)));
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
