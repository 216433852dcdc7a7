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
        w.WriteNumber("passed", Passed);
        w.WriteNumber("failed", Failed);
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

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
