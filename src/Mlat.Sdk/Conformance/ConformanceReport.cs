using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Mlat.Sdk.Conformance;

/// <summary>The outcome of one case.</summary>
/// <param name="Id">The case id (manifest id, or <c>negotiation/&lt;name&gt;</c>, <c>conversion/&lt;name&gt;</c>, <c>envelopes/&lt;id&gt;</c>).</param>
/// <param name="Suite">One of <see cref="ConformanceSuites"/>.</param>
/// <param name="Passed">Whether the implementation gave exactly the expected result.</param>
/// <param name="Failures">What differed, as codes, pointers and verdicts only (never message content).</param>
/// <param name="Duration">How long the case took.</param>
public sealed record ConformanceCaseResult(string Id, string Suite, bool Passed, IReadOnlyList<string> Failures, TimeSpan Duration);

/// <summary>Every case of a run, with JUnit XML and JSON writers (specification §14.5).</summary>
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
    public bool AllPassed => Cases.Count > 0 && Failed == 0;

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
