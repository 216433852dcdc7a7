using Mlat.Cli;
using Mlat.Sdk.Rendering;
using Mlat.Sdk.Tests.Rendering;

namespace Mlat.Sdk.Tests.Cli;

public sealed class RenderCommandTests : IDisposable
{
    private static readonly string FullEio = Path.Combine(TestPaths.Samples, MlatRendererTests.FullEio);

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mlat-render-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Render_writes_the_page_in_the_chosen_language()
    {
        var output = Path.Combine(_dir.FullName, "eio.html");
        var (exit, stdout, stderr) = CliRunner.Run("render", FullEio, "--lang", "de", "--out", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("rendered (de)", stdout, StringComparison.Ordinal);
        var page = RenderedPage.Parse(File.ReadAllText(output));
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(LabelPack.Get("de").Labels["form.eio-annex-a"].Text, page.QuerySelector(".head .form")!.TextContent);
    }

    [Fact]
    public void Render_writes_a_release_1_2_message_under_its_form_in_the_chosen_language()
    {
        var input = Path.Combine(TestPaths.Samples, "1.2", "valid", "EnforcingAuthorityDecision", "full-grounds-raised.json");
        var output = Path.Combine(_dir.FullName, "decision.html");
        var (exit, stdout, stderr) = CliRunner.Run("render", input, "--lang", "es", "--out", output);
        Assert.True(exit == 0, stderr);
        Assert.Contains("rendered (es)", stdout, StringComparison.Ordinal);
        var es = LabelPack.Get("es");
        var page = RenderedPage.Parse(File.ReadAllText(output));
        Assert.Equal(es.Labels["form.epoc-enforcing-decision"].Text, page.QuerySelector(".head .form")!.TextContent);
        Assert.Equal(es.Labels["section.epoc-enforcing-decision.C"].Text, page.QuerySelector("#sec-C > h2")!.TextContent);
    }

    [Fact]
    public void Render_with_a_trust_list_lists_the_verified_signers()
    {
        var envelope = FreshEio();
        var signed = Path.Combine(_dir.FullName, "signed.json");
        var (signExit, _, signErr) = CliRunner.Run("sign", envelope, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--role", "issuing", "--out", signed);
        Assert.True(signExit == 0, signErr);

        var output = Path.Combine(_dir.FullName, "signed.html");
        var (exit, _, stderr) = CliRunner.Run("render", signed, "--lang", "fr", "--trust", CliKeys.TrustList, "--out", output);
        Assert.True(exit == 0, stderr);
        var page = RenderedPage.Parse(File.ReadAllText(output));
        Assert.Equal(LabelPack.Get("fr").Labels["ui.signaturesVerified"].Text, page.QuerySelector(".sig-status.ok")!.TextContent);
        Assert.Equal(CliKeys.Issuer, page.QuerySelectorAll("table.signers tbody td")[1].TextContent);
    }

    [Fact]
    public void Render_with_a_trust_list_the_envelope_does_not_verify_against_warns_on_the_page_and_exits_1()
    {
        var envelope = FreshEio();
        var signed = Path.Combine(_dir.FullName, "signed.json");
        Assert.Equal(0, CliRunner.Run("sign", envelope, "--key", CliKeys.IssuerKey, "--cert", CliKeys.IssuerChain, "--role", "issuing", "--out", signed).Exit);

        var output = Path.Combine(_dir.FullName, "signed.html");
        var (exit, _, stderr) = CliRunner.Run("render", signed, "--trust", CliKeys.OtherTrustList, "--out", output);
        Assert.Equal(1, exit);
        Assert.Contains("NOT VERIFIED", stderr, StringComparison.Ordinal);
        var page = RenderedPage.Parse(File.ReadAllText(output));
        Assert.Equal(LabelPack.Get("en").Labels["ui.signaturesNotVerified"].Text, page.QuerySelector(".sig-status.failed")!.TextContent);
    }

    /// <summary>The full EIO (sent by <see cref="CliKeys.Issuer"/>) created now: the CLI signs with the system clock.</summary>
    private string FreshEio()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(FullEio))!;
        node["header"]!["createdAt"] = DateTimeOffset.UtcNow.AddSeconds(-5).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        // Signed by the issuer alone: a request that declares its validating authority needs that authority's signature too.
        node["body"]!.AsObject().Remove("validatingAuthority");
        node["body"]!.AsObject().Remove("validatedOn");
        var path = Path.Combine(_dir.FullName, "request.json");
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }

    [Fact]
    public void Render_refuses_an_unknown_language_with_exit_2()
    {
        var (exit, _, stderr) = CliRunner.Run("render", FullEio, "--lang", "xx", "--out", Path.Combine(_dir.FullName, "x.html"));
        Assert.Equal(2, exit);
        Assert.Contains("available: de, en, es, fr", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir.FullName, "x.html")));
    }

    [Fact]
    public void Render_of_an_invalid_message_prints_its_findings_and_writes_nothing()
    {
        var input = Path.Combine(_dir.FullName, "invalid.json");
        File.WriteAllText(input, File.ReadAllText(FullEio).Replace("\"executingState\": \"FR\"", "\"executingState\": \"XX\"", StringComparison.Ordinal));
        var output = Path.Combine(_dir.FullName, "invalid.html");
        var (exit, _, stderr) = CliRunner.Run("render", input, "--out", output);
        Assert.Equal(1, exit);
        Assert.Contains("/body/executingState", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Render_to_pdf_without_chromium_is_a_clear_usage_error()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var output = Path.Combine(_dir.FullName, "eio.pdf");
        var exit = RenderCommand.Run(FullEio, "fr", null, output, pdf: true, stdout, stderr, findChromium: () => null);
        Assert.Equal(2, exit);
        Assert.Contains("Chromium, which is not installed (Debian: apt-get install chromium)", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [RequiresFact(Requirement.Chromium)]
    public void Render_to_pdf_prints_through_chromium()
    {
        var output = Path.Combine(_dir.FullName, "eio.pdf");
        var (exit, stdout, stderr) = CliRunner.Run("render", FullEio, "--lang", "fr", "--out", output, "--pdf");
        Assert.True(exit == 0, stderr);
        Assert.Contains("printed (fr)", stdout, StringComparison.Ordinal);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(output)[..5]);
    }
}
