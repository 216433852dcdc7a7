using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// The JSON Canonicalization Scheme of RFC 8785 (JCS): the exact bytes whose SHA-256 a signature's <c>sigD</c> covers
/// (specification §6, §7.3), so that pretty-printing or reordering members never breaks a signature.
/// </summary>
/// <remarks>
/// <para>
/// Members are sorted by their names as UTF-16 code units (RFC 8785 §3.2.3), strings are written with the minimal escapes
/// of §3.2.2.2 and otherwise as literal UTF-8 without Unicode normalisation, and numbers in the ECMAScript
/// <c>Number.prototype.toString</c> form of §3.2.2.3. Whitespace is removed.
/// </para>
/// <para>
/// The input must be I-JSON (RFC 7493), which RFC 8785 §3.1 requires: in the SDK it has passed the strict reader, which
/// rejects duplicate member names, lone surrogates, invalid UTF-8 and numbers outside double range with coded findings.
/// The canonicalizer does not repeat those checks; it throws <see cref="ArgumentException"/> for input it cannot
/// canonicalize at all (malformed JSON, a lone surrogate, a number that overflows a double). Duplicate member names are
/// not detected here: both occurrences would be written.
/// </para>
/// <para>All methods are thread-safe and write straight into the output buffer without building a tree of nodes.</para>
/// </remarks>
public static class JsonCanonicalizer
{
    // Deep enough for any document the strict reader admits (its maximum depth is configurable, default 64).
    private const int MaxParseDepth = 1000;

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxParseDepth,
    };

    /// <summary>Returns the RFC 8785 canonical form of a UTF-8 JSON document.</summary>
    /// <param name="utf8Json">The document as UTF-8 bytes, without a byte order mark.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">The input is not well-formed JSON that can be canonicalized.</exception>
    public static byte[] Canonicalize(ReadOnlyMemory<byte> utf8Json)
    {
        using var buffer = new PooledByteBufferWriter(utf8Json.Length);
        Canonicalize(utf8Json, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the RFC 8785 canonical form of a UTF-8 JSON document to <paramref name="output"/>.</summary>
    /// <param name="utf8Json">The document as UTF-8 bytes, without a byte order mark.</param>
    /// <param name="output">Receives the canonical UTF-8 bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">The input is not well-formed JSON that can be canonicalized.</exception>
    public static void Canonicalize(ReadOnlyMemory<byte> utf8Json, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!Utf8.IsValid(utf8Json.Span))
        {
            throw new ArgumentException("The input is not valid UTF-8 (RFC 8785 §3.1 requires I-JSON).", nameof(utf8Json));
        }

        JsonDocument document;
        try
        {
            // JsonDocument.Parse(ReadOnlyMemory) reads the caller's memory without copying it.
            document = JsonDocument.Parse(utf8Json, ParseOptions);
        }
        catch (JsonException)
        {
            // The reader's message can quote the offending token, which may be personal data; it is not passed on.
            throw new ArgumentException("The input is not well-formed JSON.", nameof(utf8Json));
        }

        using (document)
        {
            Canonicalize(document.RootElement, output);
        }
    }

    /// <summary>Returns the RFC 8785 canonical form of a parsed JSON value.</summary>
    /// <param name="element">The value; its document must not be disposed.</param>
    /// <returns>The canonical UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException">The value contains a lone surrogate or a number that overflows a double.</exception>
    public static byte[] Canonicalize(JsonElement element)
    {
        using var buffer = new PooledByteBufferWriter(4096);
        Canonicalize(element, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the RFC 8785 canonical form of a parsed JSON value to <paramref name="output"/>.</summary>
    /// <param name="element">The value; its document must not be disposed.</param>
    /// <param name="output">Receives the canonical UTF-8 bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">The value contains a lone surrogate or a number that overflows a double.</exception>
    public static void Canonicalize(JsonElement element, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var names = new NameBuffer();
        var writer = new Writer(output, names);
        WriteValue(ref writer, element);
        writer.Flush();
    }

    private static void WriteValue(ref Writer writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(ref writer, element);
                break;
            case JsonValueKind.Array:
                writer.WriteByte((byte)'[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        writer.WriteByte((byte)',');
                    }

                    first = false;
                    WriteValue(ref writer, item);
                }

                writer.WriteByte((byte)']');
                break;
            case JsonValueKind.String:
                WriteString(ref writer, StripQuotes(JsonMarshal.GetRawUtf8Value(element)));
                break;
            case JsonValueKind.Number:
                WriteNumber(ref writer, JsonMarshal.GetRawUtf8Value(element));
                break;
            case JsonValueKind.True:
                writer.Write("true"u8);
                break;
            case JsonValueKind.False:
                writer.Write("false"u8);
                break;
            case JsonValueKind.Null:
                writer.Write("null"u8);
                break;
            default:
                throw new ArgumentException("The element has no value.", nameof(element));
        }
    }

    private static void WriteObject(ref Writer writer, JsonElement element)
    {
        var count = element.GetPropertyCount();
        var members = ArrayPool<Member>.Shared.Rent(Math.Max(count, 1));
        var names = writer.Names;
        var namesStart = names.Length;
        try
        {
            var n = 0;
            foreach (var property in element.EnumerateObject())
            {
                // Names are copied (unescaped) into one scratch buffer per call, so sorting compares plain spans.
                var raw = JsonMarshal.GetRawUtf8PropertyName(property);
                var target = names.Reserve(raw.Length);
                var escaped = raw.IndexOf((byte)'\\') >= 0;
                int length;
                if (!escaped)
                {
                    raw.CopyTo(target);
                    length = raw.Length;
                }
                else if (!JsonStringEscapes.TryUnescape(raw, target, out length))
                {
                    throw new ArgumentException("A member name contains a lone surrogate (RFC 7493 §2.1).", nameof(element));
                }

                members[n++] = new Member(names.Length, length, escaped, property.Value);
                names.Length += length;
            }

            var span = members.AsSpan(0, n);
            if (n > 1)
            {
                span.Sort(new MemberComparer(names));
            }

            writer.WriteByte((byte)'{');
            for (var i = 0; i < span.Length; i++)
            {
                if (i > 0)
                {
                    writer.WriteByte((byte)',');
                }

                ref readonly var member = ref span[i];
                var name = names.Slice(member.NameOffset, member.NameLength);
                if (member.Escaped)
                {
                    WriteUnescapedString(ref writer, name);
                }
                else
                {
                    // An unescaped raw name has no quote, backslash or control character: it is already canonical.
                    writer.WriteByte((byte)'"');
                    writer.Write(name);
                    writer.WriteByte((byte)'"');
                }

                writer.WriteByte((byte)':');
                WriteValue(ref writer, member.Value);
            }

            writer.WriteByte((byte)'}');
        }
        finally
        {
            names.Length = namesStart;
            ArrayPool<Member>.Shared.Return(members, clearArray: true);
        }
    }

    /// <summary>Writes already unescaped UTF-8 text as a canonical string (RFC 8785 §3.2.2.2).</summary>
    private static void WriteUnescapedString(ref Writer writer, ReadOnlySpan<byte> text)
    {
        writer.WriteByte((byte)'"');
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAnyInRange((byte)0, (byte)0x1F);
            var quote = text.IndexOfAny((byte)'"', (byte)'\\');
            if (next < 0 || (quote >= 0 && quote < next))
            {
                next = quote;
            }

            if (next < 0)
            {
                writer.Write(text);
                break;
            }

            writer.Write(text[..next]);
            WriteScalar(ref writer, text[next]);
            text = text[(next + 1)..];
        }

        writer.WriteByte((byte)'"');
    }

    private static ReadOnlySpan<byte> StripQuotes(ReadOnlySpan<byte> raw)
        => raw.Length >= 2 && raw[0] == (byte)'"' ? raw[1..^1] : raw;

    /// <summary>Writes a string from its raw (escaped) JSON content with the escapes of RFC 8785 §3.2.2.2.</summary>
    private static void WriteString(ref Writer writer, ReadOnlySpan<byte> content)
    {
        writer.WriteByte((byte)'"');
        var i = 0;
        while (i < content.Length)
        {
            var next = content[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                // Raw JSON string content holds no quote, backslash or control character (RFC 8259 §7), and the input is
                // valid UTF-8: it is already canonical.
                writer.Write(content[i..]);
                break;
            }

            writer.Write(content.Slice(i, next));
            i += next;
            if (!JsonStringEscapes.TryDecodeEscape(content, ref i, out var scalar))
            {
                throw new ArgumentException("A string contains a lone surrogate (RFC 7493 §2.1).", nameof(content));
            }

            WriteScalar(ref writer, scalar);
        }

        writer.WriteByte((byte)'"');
    }

    private static void WriteScalar(ref Writer writer, int scalar)
    {
        switch (scalar)
        {
            case '"': writer.Write("\\\""u8); return;
            case '\\': writer.Write("\\\\"u8); return;
            case '\b': writer.Write("\\b"u8); return;
            case '\f': writer.Write("\\f"u8); return;
            case '\n': writer.Write("\\n"u8); return;
            case '\r': writer.Write("\\r"u8); return;
            case '\t': writer.Write("\\t"u8); return;
        }

        if (scalar < 0x20)
        {
            // RFC 8785 §3.2.2.2: other control characters as \u00XX with lower-case hex digits.
            var span = writer.GetSpan(6);
            "\\u00"u8.CopyTo(span);
            span[4] = LowerHex[scalar >> 4];
            span[5] = LowerHex[scalar & 0xF];
            writer.Advance(6);
            return;
        }

        var target = writer.GetSpan(4);
        writer.Advance(new Rune(scalar).EncodeToUtf8(target));
    }

    private static ReadOnlySpan<byte> LowerHex => "0123456789abcdef"u8;

    /// <summary>Writes a number in the ECMAScript <c>Number.prototype.toString</c> form (RFC 8785 §3.2.2.3).</summary>
    private static void WriteNumber(ref Writer writer, ReadOnlySpan<byte> raw)
    {
        if (IsShortCanonicalInteger(raw))
        {
            writer.Write(raw);
            return;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new ArgumentException("A number is outside the range of an IEEE 754 double (RFC 8785 §3.2.2.3).", nameof(raw));
        }

        var span = writer.GetSpan(MaxNumberLength);
        writer.Advance(FormatEcmaScript(value, span));
    }

    /// <summary>
    /// True when <paramref name="raw"/>, the text of a JSON number, is already what <see cref="WriteNumber"/> writes for
    /// it (RFC 8785 §3.2.2.3); false when it is not, or when it is no finite double. Allocates nothing.
    /// </summary>
    internal static bool IsCanonicalNumber(ReadOnlySpan<byte> raw)
    {
        if (IsShortCanonicalInteger(raw))
        {
            return true;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return false;
        }

        Span<byte> written = stackalloc byte[MaxNumberLength];
        return raw.SequenceEqual(written[..FormatEcmaScript(value, written)]);
    }

    // Longest ECMAScript form: "-" + 17 digits + "." or 21 integer digits, or "0.000000" + 17 digits; 32 is ample.
    internal const int MaxNumberLength = 32;

    /// <summary>
    /// An integer of at most 15 digits without a leading zero is exactly representable and ECMAScript prints it as
    /// written, so it is copied without a round trip through a double. This covers most numbers in messages.
    /// </summary>
    private static bool IsShortCanonicalInteger(ReadOnlySpan<byte> raw)
    {
        var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
        if (digits.Length is 0 or > 15 || (digits[0] == (byte)'0' && (digits.Length > 1 || raw.Length != digits.Length)))
        {
            // "-0" is written as "0" by the slow path.
            return false;
        }

        return !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9');
    }

    /// <summary>
    /// Formats a finite double as ECMAScript <c>Number.prototype.toString</c> (ECMA-262 §6.1.6.1.20): the shortest digit
    /// string that round-trips (which .NET's "R" format yields since .NET Core 3.0), placed by the exponent rules of the
    /// specification. Returns the number of bytes written.
    /// </summary>
    internal static int FormatEcmaScript(double value, Span<byte> destination)
    {
        if (value == 0)
        {
            // Both 0 and -0 are "0" (RFC 8785 §3.2.2.3).
            destination[0] = (byte)'0';
            return 1;
        }

        Span<byte> shortest = stackalloc byte[MaxNumberLength];
        if (!Math.Abs(value).TryFormat(shortest, out var length, "R", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("Unexpected double format.");
        }

        // Split .NET's output ("d.dddE+xx", "ddd.ddd" or "ddd") into significant digits and the decimal point position n,
        // such that value = 0.d1d2...dk × 10^n as in ECMA-262.
        Span<byte> digits = stackalloc byte[MaxNumberLength];
        var k = 0;
        var pointPosition = -1;
        var exponent = 0;
        for (var i = 0; i < length; i++)
        {
            var c = shortest[i];
            if (c == (byte)'.')
            {
                pointPosition = k;
            }
            else if (c is (byte)'E' or (byte)'e')
            {
                exponent = int.Parse(shortest[(i + 1)..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                break;
            }
            else
            {
                digits[k++] = c;
            }
        }

        if (pointPosition < 0)
        {
            pointPosition = k;
        }

        var leading = 0;
        while (leading < k - 1 && digits[leading] == (byte)'0')
        {
            leading++;
        }

        var n = pointPosition + exponent - leading;
        var s = digits[leading..k];
        var trailing = s.Length;
        while (trailing > 1 && s[trailing - 1] == (byte)'0')
        {
            trailing--;
        }

        s = s[..trailing];
        k = s.Length;

        var pos = 0;
        if (value < 0)
        {
            destination[pos++] = (byte)'-';
        }

        if (k <= n && n <= 21)
        {
            s.CopyTo(destination[pos..]);
            pos += k;
            destination.Slice(pos, n - k).Fill((byte)'0');
            pos += n - k;
        }
        else if (0 < n && n <= 21)
        {
            s[..n].CopyTo(destination[pos..]);
            pos += n;
            destination[pos++] = (byte)'.';
            s[n..].CopyTo(destination[pos..]);
            pos += k - n;
        }
        else if (-6 < n && n <= 0)
        {
            destination[pos++] = (byte)'0';
            destination[pos++] = (byte)'.';
            destination.Slice(pos, -n).Fill((byte)'0');
            pos += -n;
            s.CopyTo(destination[pos..]);
            pos += k;
        }
        else
        {
            destination[pos++] = s[0];
            if (k > 1)
            {
                destination[pos++] = (byte)'.';
                s[1..].CopyTo(destination[pos..]);
                pos += k - 1;
            }

            destination[pos++] = (byte)'e';
            var e = n - 1;
            destination[pos++] = e < 0 ? (byte)'-' : (byte)'+';
            Math.Abs(e).TryFormat(destination[pos..], out var written, default, CultureInfo.InvariantCulture);
            pos += written;
        }

        return pos;
    }

    private readonly record struct Member(int NameOffset, int NameLength, bool Escaped, JsonElement Value);

    private readonly struct MemberComparer(NameBuffer names) : IComparer<Member>
    {
        public int Compare(Member x, Member y)
            => Utf16Order.Compare(names.Slice(x.NameOffset, x.NameLength), names.Slice(y.NameOffset, y.NameLength));
    }

    /// <summary>Unescaped member names of the objects being written, as a stack: each object truncates it when done.</summary>
    private sealed class NameBuffer : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1024);

        public int Length { get; set; }

        public Span<byte> Reserve(int size)
        {
            if (_buffer.Length - Length < size)
            {
                var next = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + size));
                _buffer.AsSpan(0, Length).CopyTo(next);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = next;
            }

            return _buffer.AsSpan(Length, size);
        }

        public ReadOnlySpan<byte> Slice(int offset, int length) => _buffer.AsSpan(offset, length);

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>Buffers writes into spans obtained from the output, advancing it in chunks rather than per token.</summary>
    private ref struct Writer
    {
        private const int ChunkSize = 4096;
        private readonly IBufferWriter<byte> _output;
        private Span<byte> _span;
        private int _pos;

        public Writer(IBufferWriter<byte> output, NameBuffer names)
        {
            _output = output;
            Names = names;
            _span = output.GetSpan(ChunkSize);
            _pos = 0;
        }

        public NameBuffer Names { get; }

        public void WriteByte(byte value)
        {
            if (_pos == _span.Length)
            {
                Grow(1);
            }

            _span[_pos++] = value;
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            if (_span.Length - _pos < bytes.Length)
            {
                Grow(bytes.Length);
            }

            bytes.CopyTo(_span[_pos..]);
            _pos += bytes.Length;
        }

        public Span<byte> GetSpan(int size)
        {
            if (_span.Length - _pos < size)
            {
                Grow(size);
            }

            return _span[_pos..];
        }

        public void Advance(int count) => _pos += count;

        public void Flush()
        {
            _output.Advance(_pos);
            _span = default;
            _pos = 0;
        }

        private void Grow(int size)
        {
            _output.Advance(_pos);
            _pos = 0;
            _span = _output.GetSpan(Math.Max(size, ChunkSize));
        }
    }
}
