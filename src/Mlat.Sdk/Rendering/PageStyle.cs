namespace Mlat.Sdk.Rendering;

/// <summary>
/// The page's only style sheet, inline. Print: A4, each section of a form on a new page, headings kept with what
/// follows. Any value wraps anywhere (<c>overflow-wrap: anywhere</c>, grid tracks that may shrink to zero), so a
/// 10 000-character word cannot widen the page; free text keeps its line breaks and its own direction, isolated from
/// the page's.
/// </summary>
internal static class PageStyle
{
    public const string Css = """

@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; min-width: 0; }
html { font-family: "DejaVu Sans", "Liberation Sans", "Noto Sans", Arial, sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; background: #fff; }
body { margin: 0 auto; max-width: 186mm; overflow-wrap: anywhere; word-break: normal; }
h1 { font-size: 15pt; margin: 2px 0 8px; }
h2 { font-size: 11pt; margin: 0 0 6px; padding: 3px 6px; background: #e8ecf2; border-left: 4px solid #2b4a7a; break-after: avoid; page-break-after: avoid; }
.head .form { font-size: 10pt; font-weight: bold; letter-spacing: .04em; text-transform: uppercase; color: #2b4a7a; margin: 0; }
.meta, .signers { margin-bottom: 10px; }
main > .sec + .sec { break-before: page; page-break-before: always; }
.sec { margin: 0 0 12px; }
.f { display: grid; grid-template-columns: minmax(0, 30%) minmax(0, 1fr); column-gap: 8px; border-top: 1px solid #dde2ea; padding: 2px 0; break-inside: avoid-page; }
.f .f { border-top-style: dotted; }
.f.wide { grid-template-columns: minmax(0, 1fr); }
.k { color: #3b4656; font-weight: bold; }
.k, .v, .s, .c, .r, .et, td, th, li { overflow-wrap: anywhere; min-width: 0; max-width: 100%; }
.s, .c, .r, .n, .b { unicode-bidi: isolate; }
.s { white-space: pre-wrap; }
.r { color: #666; font-size: 8pt; font-family: "DejaVu Sans Mono", monospace; }
.o { border-left: 2px solid #e3e7ee; padding-left: 6px; }
ul.l { margin: 0; padding: 0; list-style: none; }
ul.l > li { display: inline; }
ul.l > li + li::before { content: " \00b7 "; color: #888; }
ol.a { margin: 0; padding-left: 18px; }
ol.a > li { margin-bottom: 4px; }
.item { border: 1px solid #dde2ea; padding: 4px 6px; margin-bottom: 6px; }
.mt { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 50mm), 1fr)); gap: 6px; }
.e { border: 1px solid #c5cdd9; padding: 4px 6px; }
.e.reader { border-color: #2b4a7a; border-width: 2px; }
.eh { font-size: 8pt; color: #3b4656; margin-bottom: 2px; }
.ti + .ti::before { content: ", "; }
.et { white-space: pre-wrap; unicode-bidi: plaintext; }
.tbt { color: #9b1c1c; font-weight: bold; align-self: center; }
.cc { border: 1px solid #9b1c1c; color: #9b1c1c; font-size: 7.5pt; padding: 0 1px; unicode-bidi: isolate; direction: ltr; }
.sig-status.ok { color: #1d5e2a; font-weight: bold; }
.sig-status.failed, .sig-status.unchecked { color: #9b1c1c; font-weight: bold; }
table.signers { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8.5pt; }
table.signers th, table.signers td { border: 1px solid #c5cdd9; padding: 2px 4px; text-align: start; vertical-align: top; }
.mono, .raw-block { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }
@media screen { body { padding: 12px; } }

""";
}
