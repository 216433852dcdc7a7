using System.Text.Json;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;

namespace Mlat.Sdk.Rendering;

/// <summary>
/// Renders a message as a self-contained, printable HTML5 page for people who read requests rather than JSON: laid out
/// like its official form where one exists (EIO annexes A–C of Directive 2014/41/EU, EPOC annexes I–III of Regulation
/// (EU) 2023/1543), otherwise as a structured letter of request or reply; labels and code values in the reader's
/// language; free text in the original beside every translation the message carries.
/// </summary>
/// <remarks>
/// The page is rendered from the message's JSON tree walked together with its schema, so every member present is
/// shown, including members the typed model may add later. Every value is HTML-escaped and invisible or direction
/// controlling characters are shown as visible code points: nothing in a message can add markup, script or a
/// reordering of the page. The page has inline CSS only, no script and no external reference.
/// </remarks>
public static class MlatRenderer
{
    /// <summary>Renders a message; throws <see cref="ArgumentException"/> when no label pack exists for the language.</summary>
    /// <param name="message">A message, typically one that validated.</param>
    /// <param name="options">Reader's language and, optionally, the envelope's verification result.</param>
    /// <returns>The HTML5 page.</returns>
    public static string Render(MlatMessage message, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        options ??= new RenderOptions();
        var pack = LabelPack.Get(options.Language);
        using var document = JsonDocument.Parse(MlatJson.SerializeToUtf8Bytes(message));
        var page = new PageWriter(pack, SchemaShapes.Embedded, FormLayouts.Embedded, options.Verification);
        page.Write(document.RootElement);
        return page.ToString();
    }
}
