using System.Collections.Concurrent;
using Mlat.Sdk.Validation;
using Mlat.Sdk.Validation.Rules;

namespace Mlat.Sdk.Conformance.Tests;

/// <summary>
/// Issue 3, "must show": every business rule is proven by samples/&lt;version&gt;/rules/&lt;rule id&gt;/ — each violating sample
/// yields exactly that rule's findings at the expected pointers and nothing else, each satisfying sample yields no rule
/// finding at all — and the whole pipeline with rules gives the same findings from many threads.
/// </summary>
public sealed class RuleSampleTests
{
    public static TheoryData<string> Violating => SampleManifest.Ids(c => c.IsRuleCase && c.ExpectedFindings.Count > 0);

    public static TheoryData<string> Satisfying => SampleManifest.Ids(c => c.IsRuleCase && c.ExpectedFindings.Count == 0);

    [Theory]
    [MemberData(nameof(Violating))]
    public void Violating_sample_yields_exactly_its_rule_findings_and_nothing_else(string id)
    {
        var sample = SampleManifest.Get(id);
        var report = sample.Validate(File.ReadAllBytes(sample.FullPath));
        var rule = RuleSet.All.Single(r => r.Id == sample.Rule);

        // Schema-valid by construction: every finding is a finding of the rule under test.
        var actual = report.Findings.Select(f => $"{f.Code} {f.Pointer}").Order(StringComparer.Ordinal);
        var expected = sample.ExpectedFindings.Select(f => $"{f.Code} {f.Pointer}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
        Assert.All(sample.ExpectedFindings, f => Assert.Equal(rule.Id, f.Code));
        Assert.All(report.Findings, f => Assert.Equal(rule.Severity, f.Severity));
        Assert.Equal(rule.Severity == FindingSeverity.Warning, report.IsSuccess);
        Assert.Equal(sample.ExpectValid, report.IsSuccess);
    }

    [Theory]
    [MemberData(nameof(Satisfying))]
    public void Satisfying_sample_yields_no_rule_finding(string id)
    {
        var sample = SampleManifest.Get(id);
        var report = sample.Validate(File.ReadAllBytes(sample.FullPath));

        Assert.Empty(report.Findings.Select(f => $"{f.Code} {f.Pointer}"));
        Assert.True(report.IsSuccess);
        Assert.NotNull(report.Message);
    }

    [Fact]
    public void Every_rule_has_a_violating_and_a_satisfying_sample_in_its_folder()
    {
        foreach (var rule in RuleSet.All)
        {
            var cases = SampleManifest.Cases.Where(c => c.Rule == rule.Id).ToList();
            Assert.Contains(cases, c => c.ExpectedFindings.Count > 0);
            Assert.Contains(cases, c => c.ExpectedFindings.Count == 0);
            Assert.All(cases, c =>
            {
                var kind = c.ExpectedFindings.Count > 0 ? "violates-" : "satisfies-";
                Assert.StartsWith($"{c.Version}/rules/{rule.Id}/{kind}", c.File, StringComparison.Ordinal);
                Assert.Contains(rule.MessageTypes, t => t.ToString() == c.MessageType);
                Assert.Equal(c.ExpectedFindings.Count == 0 || rule.Severity == FindingSeverity.Warning, c.ExpectValid);
            });
        }

        Assert.All(SampleManifest.Cases.Where(c => c.IsRuleCase), c => Assert.Contains(RuleSet.All, r => r.Id == c.Rule));
    }

    [Fact]
    public void Existing_valid_samples_raise_no_rule_error()
    {
        var valid = SampleManifest.Cases.Where(c => c.File.Contains("/valid/", StringComparison.Ordinal)).ToList();
        Assert.True(valid.Count >= 30);
        foreach (var c in valid)
        {
            var report = MlatValidator.Default.Validate(File.ReadAllBytes(c.FullPath));
            Assert.DoesNotContain(report.Findings, f => f.Code.StartsWith("MLAT-R-", StringComparison.Ordinal) && f.Severity == FindingSeverity.Error);
        }
    }

    [Fact]
    public void Validating_every_sample_with_rules_from_many_threads_gives_the_sequential_reports()
    {
        var samples = SampleManifest.Cases.Where(c => File.Exists(c.FullPath)).Select(c => (Bytes: File.ReadAllBytes(c.FullPath), Case: c)).ToList();
        var sequential = samples.Select(s => Render(s.Case.Validate(s.Bytes))).ToList();
        Assert.Contains(sequential, r => r.Contains("MLAT-R-", StringComparison.Ordinal));

        var rounds = samples.Count * 6;
        var parallel = new ConcurrentDictionary<int, string>();
        Parallel.For(0, rounds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var s = samples[(i * 7) % samples.Count];
            parallel[i] = Render(s.Case.Validate(s.Bytes));
        });

        for (var i = 0; i < rounds; i++)
        {
            Assert.Equal(sequential[(i * 7) % samples.Count], parallel[i]);
        }
    }

    private static string Render(ValidationReport report) =>
        $"{report.IsSuccess} {report.Profile} " + string.Join('|', report.Findings.Select(f => $"{f.Code} {f.Pointer} {f.Severity} {f.Message}"));
}
