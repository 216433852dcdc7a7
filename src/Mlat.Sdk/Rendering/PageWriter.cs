using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mlat.Sdk.Envelopes;

namespace Mlat.Sdk.Rendering;

/// <summary>Writes one page: the header, the signers, the sections of the body's layout, extensions and signatures.</summary>
internal sealed class PageWriter
{
    private const string MultilingualText = "MultilingualText";

    private readonly StringBuilder _html = new(64 * 1024);
    private readonly LabelPack _pack;
    private readonly LabelPack? _english;
    private readonly SchemaShapes _shapes;
    private readonly FormLayouts _layouts;
    private readonly VerificationResult? _verification;

    public PageWriter(LabelPack pack, SchemaShapes shapes, FormLayouts layouts, VerificationResult? verification)
    {
        _pack = pack;
        _english = LabelPack.TryGet("en", out var english) ? english : null;
        _shapes = shapes;
        _layouts = layouts;
        _verification = verification;
    }

    public override string ToString() => _html.ToString();

    public void Write(JsonElement envelope)
    {
        var header = envelope.GetProperty("header");
        var body = envelope.GetProperty("body");
        var version = header.GetProperty("version").GetString()!;
        var messageType = header.GetProperty("messageType").GetString()!;
        var profile = body.TryGetProperty("profile", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        Shape? root = _shapes.TryGetEnvelope(version, messageType, out var shape) ? shape : null;
        var layout = _layouts.For(messageType, profile);
        var formTitle = L(LabelKeys.Form(layout.Id));
        var typeTitle = L(LabelKeys.Code("Header.messageType", messageType));

        _html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Attr(_pack.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Text(formTitle);
        _html.Append(" \u2014 ");
        Text(header.GetProperty("messageId").GetString() ?? string.Empty);
        _html.Append("</title>\n<style>").Append(PageStyle.Css).Append("</style>\n</head>\n<body>\n<header class=\"head\">\n<p class=\"form\">");
        Text(formTitle);
        _html.Append("</p>\n<h1>");
        Text(typeTitle);
        _html.Append("</h1>\n<section class=\"meta\"><h2>");
        Text(L(LabelKeys.Ui(RenderText.Message)));
        _html.Append("</h2>\n");
        WriteObjectMembers(header, Member(root, "header"), omit: null);
        _html.Append("<div class=\"f\"><div class=\"k\">");
        Text(L(LabelKeys.Ui(RenderText.ReaderLanguage)));
        _html.Append("</div><div class=\"v\"><span class=\"c\">");
        Text(L(LabelKeys.Code("LanguageCode", _pack.Language), _pack.Language));
        _html.Append("</span></div></div>\n</section>\n");
        WriteSigners(envelope);
        _html.Append("</header>\n<main>\n");
        WriteBody(body, Member(root, "body"), layout);

        if (envelope.TryGetProperty("extensions", out var extensions))
        {
            OpenSection("extensions", L(LabelKeys.Ui(RenderText.Extensions)));
            WriteObjectMembers(extensions, null, omit: null);
            _html.Append("</section>\n");
        }

        if (envelope.TryGetProperty("signatures", out var signatures))
        {
            OpenSection("encoded-signatures", L(LabelKeys.Ui(RenderText.EncodedSignatures)));
            _html.Append("<div class=\"raw-block\">");
            WriteValue(signatures, Member(root, "signatures"));
            _html.Append("</div></section>\n");
        }

        _html.Append("</main>\n</body>\n</html>\n");
    }

    private void WriteBody(JsonElement body, Shape? shape, FormLayout layout)
    {
        // Which members (and which sub-members of array items) each section takes; '*' takes what no other section took.
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var projected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var member in layout.Sections.SelectMany(s => s.Members))
        {
            var parts = member.Split("/*/");
            if (parts.Length == 2)
            {
                if (!projected.TryGetValue(parts[0], out var subs))
                {
                    projected[parts[0]] = subs = new HashSet<string>(StringComparer.Ordinal);
                }

                subs.Add(parts[1]);
            }
            else if (member != "*")
            {
                claimed.Add(member);
            }
        }

        foreach (var section in layout.Sections)
        {
            var start = _html.Length;
            var wrote = false;
            OpenSection("sec-" + section.Id, L(LabelKeys.Section(layout.Id, section.Id)));
            foreach (var member in section.Members)
            {
                var parts = member.Split("/*/");
                if (member == "*")
                {
                    foreach (var property in body.EnumerateObject().Where(pr => !claimed.Contains(pr.Name) && !projected.ContainsKey(pr.Name)))
                    {
                        WriteField(property.Name, property.Value, Member(shape, property.Name), projected.GetValueOrDefault(property.Name));
                        wrote = true;
                    }
                }
                else if (parts.Length == 2)
                {
                    wrote |= WriteProjection(body, shape, parts[0], parts[1]);
                }
                else if (body.TryGetProperty(member, out var value))
                {
                    WriteField(member, value, Member(shape, member), projected.GetValueOrDefault(member));
                    wrote = true;
                }
            }

            if (wrote)
            {
                _html.Append("</section>\n");
            }
            else
            {
                _html.Length = start; // a section the message has nothing for is left out
            }
        }

        var star = layout.Sections.Any(s => s.Members.Contains("*"));
        var rest = body.EnumerateObject().Where(pr => !star && !claimed.Contains(pr.Name) && !projected.ContainsKey(pr.Name)).ToList();
        if (rest.Count > 0)
        {
            OpenSection("sec-other", L(LabelKeys.Ui(RenderText.OtherInformation)));
            foreach (var property in rest)
            {
                WriteField(property.Name, property.Value, Member(shape, property.Name), null);
            }

            _html.Append("</section>\n");
        }
    }

    /// <summary>Writes member <paramref name="sub"/> of every item of array <paramref name="array"/>, each under the item's id.</summary>
    private bool WriteProjection(JsonElement body, Shape? shape, string array, string sub)
    {
        if (!body.TryGetProperty(array, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var itemShape = Items(Member(shape, array));
        var wrote = false;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(sub, out var value))
            {
                continue;
            }

            _html.Append("<div class=\"item\">");
            if (item.TryGetProperty("id", out var id))
            {
                WriteField("id", id, Member(itemShape, "id"), null);
            }

            WriteField(sub, value, Member(itemShape, sub), null);
            _html.Append("</div>\n");
            wrote = true;
        }

        return wrote;
    }

    private void WriteSigners(JsonElement envelope)
    {
        if (_verification is null)
        {
            if (envelope.TryGetProperty("signatures", out _))
            {
                _html.Append("<p class=\"sig-status unchecked\">");
                Text(L(LabelKeys.Ui(RenderText.SignaturesPresentNotChecked)));
                _html.Append("</p>\n");
            }

            return;
        }

        _html.Append("<section class=\"signers\"><h2>");
        Text(L(LabelKeys.Ui(RenderText.Signers)));
        _html.Append("</h2>\n<p class=\"sig-status ").Append(_verification.IsSuccess ? "ok" : "failed").Append("\">");
        Text(L(LabelKeys.Ui(_verification.IsSuccess ? RenderText.SignaturesVerified : RenderText.SignaturesNotVerified)));
        _html.Append("</p>\n<table class=\"signers\"><thead><tr>");
        foreach (var column in new[] { RenderText.SignerRole, RenderText.SignerAuthority, RenderText.SignerCountry, RenderText.SignedAt, RenderText.CertificateThumbprint })
        {
            _html.Append("<th>");
            Text(L(LabelKeys.Ui(column)));
            _html.Append("</th>");
        }

        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var signature in _verification.Signatures)
        {
            _html.Append("<tr><td>");
            Text(L(LabelKeys.SignerRole(signature.Role)));
            _html.Append("</td><td>");
            Text(signature.AuthorityId);
            _html.Append("</td><td>");
            var country = signature.Country.ToString();
            Text(L(LabelKeys.Code("CountryCode", country)));
            _html.Append(" <span class=\"r\">");
            Text(country);
            _html.Append("</span></td><td>");
            Text(signature.SignedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            _html.Append("</td><td class=\"mono\">SHA-256 ");
            Text(Convert.ToHexString(SHA256.HashData(signature.Certificate.RawData)));
            _html.Append("</td></tr>\n");
        }

        _html.Append("</tbody></table></section>\n");
    }

    private void OpenSection(string id, string title)
    {
        _html.Append("<section class=\"sec\" id=\"").Append(Attr(id)).Append("\"><h2>");
        Text(title);
        _html.Append("</h2>\n");
    }

    private void WriteField(string name, JsonElement value, Shape? shape, HashSet<string>? omit)
    {
        // Free text takes the whole width, so the original and its translations stand side by side.
        var wide = shape is { } s && value.ValueKind == JsonValueKind.Object && _shapes.DefinitionOf(s) == MultilingualText;
        _html.Append(wide ? "<div class=\"f wide\"><div class=\"k\">" : "<div class=\"f\"><div class=\"k\">");
        Text(L(LabelKeys.Field(name), name));
        _html.Append("</div><div class=\"v\">");
        WriteValue(value, shape, omit);
        _html.Append("</div></div>\n");
    }

    private void WriteObjectMembers(JsonElement value, Shape? shape, HashSet<string>? omit)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (omit is null || !omit.Contains(property.Name))
            {
                WriteField(property.Name, property.Value, Member(shape, property.Name), null);
            }
        }
    }

    private void WriteValue(JsonElement value, Shape? shape, HashSet<string>? omit = null)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (shape is { } s && _shapes.DefinitionOf(s) == MultilingualText)
                {
                    WriteMultilingual(value, s);
                }
                else
                {
                    _html.Append("<div class=\"o\">");
                    WriteObjectMembers(value, shape, null);
                    _html.Append("</div>");
                }

                break;
            case JsonValueKind.Array:
                WriteArray(value, Items(shape), omit);
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, shape);
                break;
            case JsonValueKind.Number:
                _html.Append("<span class=\"n\">");
                Text(value.GetRawText());
                _html.Append("</span>");
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                _html.Append("<span class=\"b\">");
                Text(L(LabelKeys.Ui(value.ValueKind == JsonValueKind.True ? RenderText.Yes : RenderText.No)));
                _html.Append("</span>");
                break;
            default:
                _html.Append("<span class=\"s\">\u2014</span>");
                break;
        }
    }

    private void WriteArray(JsonElement array, Shape? items, HashSet<string>? omit)
    {
        var scalar = array.EnumerateArray().All(e => e.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array);
        _html.Append(scalar ? "<ul class=\"l\">" : "<ol class=\"a\">");
        foreach (var item in array.EnumerateArray())
        {
            _html.Append("<li>");
            if (omit is not null && item.ValueKind == JsonValueKind.Object)
            {
                _html.Append("<div class=\"o\">");
                WriteObjectMembers(item, items, omit);
                _html.Append("</div>");
            }
            else
            {
                WriteValue(item, items);
            }

            _html.Append("</li>");
        }

        _html.Append(scalar ? "</ul>" : "</ol>");
    }

    private void WriteString(string text, Shape? shape)
    {
        var list = shape is { } s ? _shapes.CodeListOf(s) : null;
        var label = list is null ? null : Label(LabelKeys.Code(list, text));
        if (label is null)
        {
            _html.Append("<span class=\"s\">");
            Text(text);
            _html.Append("</span>");
            return;
        }

        _html.Append("<span class=\"c\">");
        Text(label);
        _html.Append("</span> <span class=\"r\">");
        Text(text);
        _html.Append("</span>");
    }

    /// <summary>
    /// Free text: the original first, then the version in the reader's language, then every other translation, each with
    /// who translated it and how; a text with no version in the reader's language says it is to be translated.
    /// </summary>
    private void WriteMultilingual(JsonElement text, Shape shape)
    {
        var entriesShape = Member(shape, "entries");
        var entryShape = Items(entriesShape);
        var entries = text.TryGetProperty("entries", out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().ToList()
            : [];
        var reader = _pack.Language;
        var ordered = entries
            .OrderBy(x => IsOriginal(x) ? 0 : Lang(x) == reader ? 1 : 2)
            .ToList();
        _html.Append("<div class=\"mt\">");
        foreach (var entry in ordered)
        {
            var lang = Lang(entry) ?? string.Empty;
            _html.Append("<div class=\"e").Append(lang == reader ? " reader" : string.Empty).Append("\"><div class=\"eh\">");
            WriteString(lang, Member(entryShape, "lang"));
            _html.Append(" \u00b7 ");
            Text(L(LabelKeys.Ui(IsOriginal(entry) ? RenderText.Original : RenderText.Translation)));
            if (entry.TryGetProperty("translation", out var translation) && translation.ValueKind == JsonValueKind.Object)
            {
                var infoShape = Member(entryShape, "translation");
                _html.Append("<span class=\"tr\"> \u00b7 ");
                Text(L(LabelKeys.Ui(RenderText.TranslatedBy)));
                _html.Append(' ');
                foreach (var property in translation.EnumerateObject())
                {
                    _html.Append("<span class=\"ti\">");
                    WriteValue(property.Value, Member(infoShape, property.Name));
                    _html.Append("</span>");
                }

                _html.Append("</span>");
            }

            _html.Append("</div><div class=\"et\" lang=\"").Append(Attr(lang)).Append("\" dir=\"auto\">");
            if (entry.TryGetProperty("text", out var body) && body.ValueKind == JsonValueKind.String)
            {
                Text(body.GetString()!);
            }

            _html.Append("</div>");
            foreach (var property in entry.EnumerateObject().Where(pr => pr.Name is not ("lang" or "text" or "original" or "translation")))
            {
                WriteField(property.Name, property.Value, Member(entryShape, property.Name), null);
            }

            _html.Append("</div>");
        }

        if (!entries.Any(x => Lang(x) == reader))
        {
            _html.Append("<div class=\"tbt\">");
            Text(L(LabelKeys.Ui(RenderText.ToBeTranslated)));
            _html.Append("</div>");
        }

        _html.Append("</div>");

        static bool IsOriginal(JsonElement entry) =>
            entry.TryGetProperty("original", out var o) && o.ValueKind == JsonValueKind.True;

        static string? Lang(JsonElement entry) =>
            entry.TryGetProperty("lang", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
    }

    private Shape? Member(Shape? owner, string name) =>
        owner is { } o && _shapes.TryGetMember(o, name, out var member) ? member : null;

    private Shape? Items(Shape? array) =>
        array is { } a && _shapes.TryGetItems(a, out var items) ? items : null;

    private string? Label(string key) => _pack.Text(key) ?? _english?.Text(key);

    private string L(string key, string? fallback = null) => Label(key) ?? fallback ?? key;

    private static string Attr(string value)
    {
        var builder = new StringBuilder(value.Length);
        HtmlText.Append(builder, value, markControls: false);
        return builder.ToString();
    }

    private void Text(string value) => HtmlText.Append(_html, value, markControls: true);
}
