using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// The first three steps of the validation pipeline (specification §5.1): limits, strict I-JSON parsing (specification §2.6,
/// RFC 7493) and reading the header's version and message type before anything else. Bad data never throws: every
/// problem is a <see cref="Finding"/> with a permanent code and an RFC 6901 pointer; only null arguments throw.
/// </summary>
/// <remarks>
/// Checks run in this order, each stage only when the previous found nothing:
/// <list type="number">
/// <item>size against <see cref="ReaderLimits.MaxBytes"/> (<c>MLAT-JSON-TOO-LARGE</c>), before any parsing;</item>
/// <item>UTF-8 validity of the whole input (<c>MLAT-JSON-INVALID-UTF8</c>). A UTF-8 byte order mark is rejected with the
/// same code: RFC 8259 §8.1 forbids sending one and the signature covers canonical bytes that cannot carry it;</item>
/// <item>one forward pass with <see cref="Utf8JsonReader"/> that collects every duplicate member (compared after
/// unescaping), escaped lone surrogate, number out of range and a non-object root, and stops at the first syntax error
/// (<c>MLAT-JSON-MALFORMED</c>) or at the first value nested deeper than <see cref="ReaderLimits.MaxDepth"/>
/// (<c>MLAT-JSON-TOO-DEEP</c>), so 100 000 nested arrays cost no more than <c>MaxDepth</c> levels;</item>
/// <item>parsing the same bytes into a <see cref="JsonDocument"/> (duplicates were refused by the pass), then the header:
/// a missing <c>header</c> object (or one that is not an object) is a single <c>MLAT-VER-MISSING</c> at
/// <c>/header/version</c>, as is a <c>header.version</c> that is missing or not a string; an unsupported version <c>MLAT-VER-UNSUPPORTED</c>; a missing or
/// non-string <c>header.messageType</c> <c>MLAT-TYPE-MISSING</c> and, for a supported version, an unknown one
/// <c>MLAT-TYPE-UNKNOWN</c>, both at <c>/header/messageType</c>.</item>
/// </list>
/// A finding's pointer names the member or element being read when the problem appeared (for a duplicate, the second
/// occurrence); "" is the root or an unknown position. Integers (no fraction or exponent) must lie within ±2^53
/// (RFC 7493 §2.2); other numbers must not overflow a double — one that underflows to zero is accepted.
/// </remarks>
internal static class StrictJsonReader
{
    /// <summary>Upper bound of <see cref="ReaderLimits.MaxDepth"/>; deeper limits would only invite stack exhaustion.</summary>
    internal const int MaxSupportedDepth = 1000;

    // Below this many members an object's names are compared by a linear scan; above, through a hash set.
    private const int LinearScanLimit = 16;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> TwoToThe53 => "9007199254740992"u8;

    // UTF-8 of U+0300 is CC 80: every byte of text below U+0300 is smaller than 0xCC.
    private const byte FirstByteFromU0300 = 0xCC;

    /// <summary>Reads a message held in memory with the built-in version catalogue.</summary>
    public static ReadResult Read(ReadOnlyMemory<byte> utf8Json, ReaderLimits limits)
        => Read(utf8Json, limits, StandardCatalogue.MessageTypesByVersion);

    /// <summary>Reads a message held in memory. The result's document refers to <paramref name="utf8Json"/>, which must
    /// stay unchanged until the result is disposed.</summary>
    public static ReadResult Read(
        ReadOnlyMemory<byte> utf8Json,
        ReaderLimits limits,
        IReadOnlyDictionary<string, IReadOnlySet<string>> messageTypesByVersion)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(messageTypesByVersion);
        CheckLimits(limits);
        if (utf8Json.Length > limits.MaxBytes)
        {
            return TooLarge(limits);
        }

        return ReadCore(utf8Json, limits, messageTypesByVersion, rented: null);
    }

    /// <summary>Reads a message from a stream with the built-in version catalogue, asynchronously.</summary>
    public static ValueTask<ReadResult> ReadAsync(Stream utf8Json, ReaderLimits limits, CancellationToken cancellationToken = default)
        => ReadAsync(utf8Json, limits, StandardCatalogue.MessageTypesByVersion, cancellationToken);

    /// <summary>Reads a message from a stream with the built-in version catalogue.</summary>
    public static ReadResult Read(Stream utf8Json, ReaderLimits limits)
        => Read(utf8Json, limits, StandardCatalogue.MessageTypesByVersion);

    /// <summary>
    /// Reads a message from a stream, never reading more than <see cref="ReaderLimits.MaxBytes"/> + 1 bytes, into a
    /// pooled buffer that the result returns when disposed. I/O errors of the stream propagate: they are not bad data.
    /// </summary>
    public static ReadResult Read(
        Stream utf8Json,
        ReaderLimits limits,
        IReadOnlyDictionary<string, IReadOnlySet<string>> messageTypesByVersion)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(messageTypesByVersion);
        CheckLimits(limits);

        if (IsKnownTooLarge(utf8Json, limits))
        {
            return TooLarge(limits);
        }

        var buffer = new StreamBuffer(limits);
        try
        {
            while (!buffer.Full)
            {
                var read = utf8Json.Read(buffer.Free);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
            }
        }
        catch
        {
            buffer.Release();
            throw;
        }

        return Complete(buffer, limits, messageTypesByVersion);
    }

    /// <summary>
    /// Asynchronous twin of <see cref="Read(Stream, ReaderLimits, IReadOnlyDictionary{string, IReadOnlySet{string}})"/>
    /// for streams that forbid synchronous reads (an ASP.NET Core request body); the same limits and checks apply.
    /// </summary>
    public static async ValueTask<ReadResult> ReadAsync(
        Stream utf8Json,
        ReaderLimits limits,
        IReadOnlyDictionary<string, IReadOnlySet<string>> messageTypesByVersion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(messageTypesByVersion);
        CheckLimits(limits);
        if (IsKnownTooLarge(utf8Json, limits))
        {
            return TooLarge(limits);
        }

        var buffer = new StreamBuffer(limits);
        try
        {
            while (!buffer.Full)
            {
                var read = await utf8Json.ReadAsync(buffer.FreeMemory, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
            }
        }
        catch
        {
            buffer.Release();
            throw;
        }

        return Complete(buffer, limits, messageTypesByVersion);
    }

    private static bool IsKnownTooLarge(Stream stream, ReaderLimits limits)
        => stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes;

    private static ReadResult Complete(
        StreamBuffer buffer,
        ReaderLimits limits,
        IReadOnlyDictionary<string, IReadOnlySet<string>> messageTypesByVersion)
    {
        if (buffer.Count > limits.MaxBytes)
        {
            buffer.Release();
            return TooLarge(limits);
        }

        return ReadCore(buffer.Bytes.AsMemory(0, buffer.Count), limits, messageTypesByVersion, buffer.Bytes);
    }

    /// <summary>
    /// A pooled buffer that grows by doubling up to <see cref="ReaderLimits.MaxBytes"/> + 1 bytes and offers no room
    /// beyond that, so a stream is never read further than one byte past the limit.
    /// </summary>
    private sealed class StreamBuffer(ReaderLimits limits)
    {
        private readonly int _cap = (int)Math.Min(System.Array.MaxLength, (long)limits.MaxBytes + 1);

        public byte[] Bytes { get; private set; } = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)limits.MaxBytes + 1, 64 * 1024));

        public int Count { get; private set; }

        public bool Full => Count >= _cap;

        public Span<byte> Free => FreeMemory.Span;

        public Memory<byte> FreeMemory
        {
            get
            {
                if (Count == Bytes.Length)
                {
                    var next = ArrayPool<byte>.Shared.Rent((int)Math.Min(_cap, (long)Bytes.Length * 2));
                    Bytes.AsSpan(0, Count).CopyTo(next);
                    ArrayPool<byte>.Shared.Return(Bytes);
                    Bytes = next;
                }

                return Bytes.AsMemory(Count, Math.Min(Bytes.Length, _cap) - Count);
            }
        }

        public void Advance(int count) => Count += count;

        public void Release() => ArrayPool<byte>.Shared.Return(Bytes);
    }

    private static void CheckLimits(ReaderLimits limits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxBytes, 1, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxDepth, 1, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limits.MaxDepth, MaxSupportedDepth, nameof(limits));
    }

    private static ReadResult TooLarge(ReaderLimits limits) => new(
        [Finding.Error(FindingCodes.JsonTooLarge, "", string.Create(CultureInfo.InvariantCulture, $"The message exceeds the maximum size of {limits.MaxBytes} bytes."))],
        null, null, null, null);

    private static ReadResult ReadCore(
        ReadOnlyMemory<byte> utf8Json,
        ReaderLimits limits,
        IReadOnlyDictionary<string, IReadOnlySet<string>> messageTypesByVersion,
        byte[]? rented)
    {
        var document = ParseCore(utf8Json, limits.MaxDepth, out var findings, out var warnings, out var nonCanonicalNumber, out var compact);
        if (document is null)
        {
            return Fail(findings!, rented);
        }

        var (version, messageType, headerFindings) = ReadHeader(document.RootElement, messageTypesByVersion);
        return new ReadResult(headerFindings, document, version, messageType, rented)
        {
            Warnings = warnings ?? (IReadOnlyList<Finding>)[],
            HasNonCanonicalNumber = nonCanonicalNumber,
            IsCompact = compact,
        };
    }

    /// <summary>
    /// The one strict decoding path for every other JSON the SDK reads from outside — JWS and JWE protected headers,
    /// trust lists, capabilities documents, attachment lists (docs/security.md): the same limits, UTF-8, duplicate,
    /// lone-surrogate, number-range and root-object checks as a message, without the message header step. A document
    /// is returned only when nothing was found, so no caller can reach a string <see cref="JsonElement.GetString"/>
    /// would refuse (a lone surrogate) or a member a second parser would read differently (a duplicate).
    /// </summary>
    /// <param name="utf8Json">The bytes; the document refers to them, so they must stay unchanged while it is used.</param>
    /// <param name="limits">The size and nesting limits (<c>MLAT-JSON-TOO-LARGE</c>, <c>MLAT-JSON-TOO-DEEP</c>).</param>
    /// <param name="findings">Why the bytes were refused, with pointers into them (<c>MLAT-JSON-*</c>); empty on success.</param>
    /// <returns>The parsed document, or null.</returns>
    internal static JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, ReaderLimits limits, out IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(limits);
        CheckLimits(limits);
        if (utf8Json.Length > limits.MaxBytes)
        {
            findings = TooLarge(limits).Findings;
            return null;
        }

        var document = ParseCore(utf8Json, limits.MaxDepth, out var found, out _, out _, out _);
        findings = found ?? (IReadOnlyList<Finding>)[];
        return document;
    }

    private static JsonDocument? ParseCore(ReadOnlyMemory<byte> utf8Json, int maxDepth, out List<Finding>? findings, out List<Finding>? warnings, out bool nonCanonicalNumber, out bool compact)
    {
        var span = utf8Json.Span;
        findings = null;
        warnings = null;
        nonCanonicalNumber = true;
        compact = false;

        if (span.StartsWith(Utf8Bom))
        {
            Add(ref findings, Finding.Error(FindingCodes.JsonInvalidUtf8, "", "The message starts with a UTF-8 byte order mark, which RFC 8259 §8.1 forbids."));
        }
        else if (!Utf8.IsValid(span))
        {
            Add(ref findings, Finding.Error(FindingCodes.JsonInvalidUtf8, "", "The message is not valid UTF-8 (RFC 7493 §2.1)."));
        }
        else
        {
            var pass = new TokenPass(utf8Json, maxDepth);
            try
            {
                pass.Run();
                findings = pass.Findings;
                warnings = pass.Warnings;
                nonCanonicalNumber = pass.NonCanonicalNumberSeen;
                compact = pass.IsCompact;
            }
            finally
            {
                pass.Dispose();
            }
        }

        if (findings is not null)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8Json, new JsonDocumentOptions
            {
                AllowTrailingCommas = false,
                CommentHandling = JsonCommentHandling.Disallow,
                MaxDepth = maxDepth,

                // The pass above has refused every duplicate (compared after unescaping); JsonDocument's own check
                // would be a second walk of every object, about a tenth of a verification's time on large messages. A
                // differential test holds the pass to that check (StrictJsonReaderTests).
                AllowDuplicateProperties = true,
            });
        }
        catch (JsonException)
        {
            // Unreachable when the pass above is complete; kept so that a disagreement never escapes as an exception.
            findings = [Finding.Error(FindingCodes.JsonMalformed, "", "The message is not well-formed JSON.")];
            return null;
        }
    }

    private static ReadResult Fail(List<Finding> findings, byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return new ReadResult(findings, null, null, null, null);
    }

    private static (string? Version, string? MessageType, IReadOnlyList<Finding> Findings) ReadHeader(
        JsonElement root,
        IReadOnlyDictionary<string, IReadOnlySet<string>> messageTypesByVersion)
    {
        List<Finding>? findings = null;
        string? version = null;
        string? messageType = null;
        var hasHeader = root.TryGetProperty("header"u8, out var header) && header.ValueKind == JsonValueKind.Object;

        if (hasHeader && header.TryGetProperty("version"u8, out var v) && v.ValueKind == JsonValueKind.String)
        {
            version = v.GetString();
        }

        if (hasHeader && header.TryGetProperty("messageType"u8, out var t) && t.ValueKind == JsonValueKind.String)
        {
            messageType = t.GetString();
        }

        IReadOnlySet<string>? types = null;
        if (version is null)
        {
            // A missing header is reported as its missing version: the version is what a reader needs first (§3.3).
            Add(ref findings, Finding.Error(FindingCodes.VersionMissing, "/header/version", "header.version is missing or not a string."));
        }
        else if (!messageTypesByVersion.TryGetValue(version, out types))
        {
            Add(ref findings, Finding.Error(FindingCodes.VersionUnsupported, "/header/version", "header.version is not a version this SDK supports."));
        }

        // Without a header object there is nothing more to say about its members: one finding, not one per member.
        if (hasHeader && messageType is null)
        {
            Add(ref findings, Finding.Error(FindingCodes.TypeMissing, "/header/messageType", "header.messageType is missing or not a string."));
        }
        else if (messageType is not null && types is not null && !types.Contains(messageType))
        {
            Add(ref findings, Finding.Error(FindingCodes.TypeUnknown, "/header/messageType", "header.messageType is not a message type of the message's version."));
        }

        return (version, messageType, findings ?? (IReadOnlyList<Finding>)[]);
    }

    private static void Add(ref List<Finding>? findings, Finding finding) => (findings ??= []).Add(finding);

    /// <summary>True for integers within ±2^53 and other numbers within double range (RFC 7493 §2.2).</summary>
    internal static bool IsNumberInRange(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            var digits = raw.Length > 0 && raw[0] == (byte)'-' ? raw[1..] : raw;
            return digits.Length < TwoToThe53.Length
                || (digits.Length == TwoToThe53.Length && digits.SequenceCompareTo(TwoToThe53) <= 0);
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
    }

    /// <summary>A member name recorded by position: in the input, or (escaped names) unescaped in the side buffer.</summary>
    private readonly record struct NameKey(int Offset, int Length, bool InSide, int Hash);

    /// <summary>One open object or array on the path from the root to the current token.</summary>
    private struct Frame
    {
        public bool IsArray;
        public int Index;           // array: index of the current element, -1 before the first
        public bool HasName;        // object: a member name has been read
        public NameKey Name;        // object: the current member's name
        public int NamesStart;      // object: first of its names in the shared name stack
        public int SideStart;       // object: side-buffer length when it opened
        public HashSet<NameKey>? Set;
    }

    /// <summary>
    /// The single forward pass. Member names are never turned into strings unless a finding needs a pointer: they are
    /// kept as positions, compared as bytes (after unescaping, so "a" and "\u0061" collide), and hashed only for large
    /// objects, whose hash sets are pooled per depth.
    /// </summary>
    private sealed class TokenPass : IEqualityComparer<NameKey>, IDisposable
    {
        private readonly ReadOnlyMemory<byte> _input;
        private readonly int _maxDepth;
        private Frame[] _frames;
        private int _depth;
        private NameKey[] _names;
        private int _nameCount;
        private byte[] _side;
        private int _sideLength;
        private readonly List<HashSet<NameKey>?> _setPool = [];

        public TokenPass(ReadOnlyMemory<byte> input, int maxDepth)
        {
            _input = input;
            _maxDepth = maxDepth;
            _frames = ArrayPool<Frame>.Shared.Rent(Math.Min(maxDepth, 16) + 1);
            _names = ArrayPool<NameKey>.Shared.Rent(64);
            _side = ArrayPool<byte>.Shared.Rent(256);
        }

        public List<Finding>? Findings { get; private set; }

        /// <summary>Warnings that do not stop reading: strings not in NFC.</summary>
        public List<Finding>? Warnings { get; private set; }

        /// <summary>True when the text has no whitespace outside its strings (set once the pass has read it all).</summary>
        public bool IsCompact { get; private set; }

        /// <summary>
        /// True once a number not spelled as RFC 8785 writes it was read, anywhere in the document; while false, the
        /// signer and verifier skip their walk for such a number (<see cref="ReadResult.HasNonCanonicalNumber"/>).
        /// </summary>
        public bool NonCanonicalNumberSeen { get; private set; }

        public void Run()
        {
            var span = _input.Span;
            var reader = new Utf8JsonReader(span, new JsonReaderOptions
            {
                AllowTrailingCommas = false,
                CommentHandling = JsonCommentHandling.Disallow,

                // One more than the limit, so that this pass, not the reader, reports the first level too deep.
                MaxDepth = _maxDepth + 1,
            });

            try
            {
                long end = 0;
                var compact = true;
                while (reader.Read())
                {
                    // Between two tokens a compact text has only the ',' or ':' that separates them.
                    if (compact)
                    {
                        var gap = span[(int)end..(int)reader.TokenStartIndex];
                        compact = gap.IsEmpty || (gap.Length == 1 && (gap[0] == (byte)',' || gap[0] == (byte)':'));
                    }

                    // A name's or string's token ends at its closing quote (the reader may have consumed the ':' and
                    // the whitespace around it already); any other token where the reader stopped.
                    end = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String
                        ? reader.TokenStartIndex + reader.ValueSpan.Length + 2
                        : reader.BytesConsumed;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName:
                            OnPropertyName(span, ref reader);
                            break;
                        case JsonTokenType.StartObject:
                        case JsonTokenType.StartArray:
                            OnValue(reader.CurrentDepth, reader.TokenType == JsonTokenType.StartObject);
                            if (reader.CurrentDepth + 1 > _maxDepth)
                            {
                                AddFinding(FindingCodes.JsonTooDeep, string.Create(CultureInfo.InvariantCulture, $"Nesting exceeds the maximum depth of {_maxDepth}."));
                                return;
                            }

                            Push(reader.TokenType == JsonTokenType.StartArray);
                            break;
                        case JsonTokenType.EndObject:
                        case JsonTokenType.EndArray:
                            Pop();
                            break;
                        case JsonTokenType.String:
                            OnValue(reader.CurrentDepth, false);
                            if (reader.ValueIsEscaped && JsonStringEscapes.HasLoneSurrogate(reader.ValueSpan))
                            {
                                AddFinding(FindingCodes.JsonLoneSurrogate, "A string contains an escaped lone surrogate (RFC 7493 §2.1).");
                            }
                            else if (!IsNfc(ref reader))
                            {
                                // Specification: text is NFC; writers normalise, a reader warns and keeps the bytes as they are
                                // (they may be signed), so the message is still processed.
                                (Warnings ??= []).Add(Finding.Warning(FindingCodes.TextNotNfc, CurrentPointer(), "A string is not in Unicode normalization form C (NFC)."));
                            }

                            break;
                        case JsonTokenType.Number:
                            OnValue(reader.CurrentDepth, false);
                            if (!IsNumberInRange(reader.ValueSpan))
                            {
                                AddFinding(FindingCodes.JsonNumberOutOfRange, "A number is outside ±2^53 for integers or outside double range (RFC 7493 §2.2).");
                            }
                            else if (!NonCanonicalNumberSeen && !JsonCanonicalizer.IsCanonicalNumber(reader.ValueSpan))
                            {
                                NonCanonicalNumberSeen = true;
                            }

                            break;
                        default:
                            OnValue(reader.CurrentDepth, false);
                            break;
                    }
                }

                IsCompact = compact && end == span.Length;
            }
            catch (JsonException e)
            {
                // The reader's own message may quote the offending bytes (personal data): only positions are reported.
                AddFinding(FindingCodes.JsonMalformed, string.Create(
                    CultureInfo.InvariantCulture,
                    $"The message is not well-formed JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1} of the line)."));
            }
        }

        /// <summary>
        /// Text whose code points all lie below U+0300 is NFC (nothing there decomposes or composes with a mark); in
        /// UTF-8 that is every byte below 0xCC, the lead byte of U+0300. Escaped text is unescaped into a buffer to be
        /// looked at the same way; only text with a code point from U+0300 on is decoded to a string and checked.
        /// </summary>
        private static bool IsNfc(ref Utf8JsonReader reader)
        {
            if (!reader.ValueIsEscaped)
            {
                return reader.ValueSpan.IndexOfAnyInRange(FirstByteFromU0300, (byte)0xFF) < 0 || IsNfcDecoded(ref reader);
            }

            // Unescaping never lengthens the text.
            var length = reader.ValueSpan.Length;
            byte[]? rented = null;
            var buffer = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
            try
            {
                var written = reader.CopyString(buffer);
                return buffer[..written].IndexOfAnyInRange(FirstByteFromU0300, (byte)0xFF) < 0 || IsNfcDecoded(ref reader);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }

        private static bool IsNfcDecoded(ref Utf8JsonReader reader) => reader.GetString() is not { } text || Nfc.IsNormalized(text);

        private void OnValue(int readerDepth, bool isObject)
        {
            if (readerDepth == 0)
            {
                if (!isObject)
                {
                    AddFinding(FindingCodes.JsonRootNotObject, "The document root is not a JSON object.");
                }

                return;
            }

            ref var parent = ref _frames[_depth - 1];
            if (parent.IsArray)
            {
                parent.Index++;
            }
        }

        private void OnPropertyName(ReadOnlySpan<byte> input, ref Utf8JsonReader reader)
        {
            ref var frame = ref _frames[_depth - 1];
            var raw = reader.ValueSpan;
            input.Overlaps(raw, out var offset);
            NameKey key;
            if (!reader.ValueIsEscaped)
            {
                key = new NameKey(offset, raw.Length, false, Hash(raw));
            }
            else
            {
                EnsureSide(raw.Length);
                if (!JsonStringEscapes.TryUnescape(raw, _side.AsSpan(_sideLength), out var written))
                {
                    // Keep the raw bytes as the name so the pointer still names the member; the finding says why.
                    frame.Name = new NameKey(offset, raw.Length, false, 0);
                    frame.HasName = true;
                    AddFinding(FindingCodes.JsonLoneSurrogate, "A member name contains an escaped lone surrogate (RFC 7493 §2.1).");
                    return;
                }

                key = new NameKey(_sideLength, written, true, Hash(_side.AsSpan(_sideLength, written)));
                _sideLength += written;
            }

            frame.Name = key;
            frame.HasName = true;

            if (IsDuplicate(ref frame, key))
            {
                AddFinding(FindingCodes.JsonDuplicateMember, "An object has two members with the same name (RFC 7493 §2.3).");
                return;
            }

            if (_nameCount == _names.Length)
            {
                var next = ArrayPool<NameKey>.Shared.Rent(_names.Length * 2);
                _names.AsSpan(0, _nameCount).CopyTo(next);
                ArrayPool<NameKey>.Shared.Return(_names);
                _names = next;
            }

            _names[_nameCount++] = key;
            frame.Set?.Add(key);
        }

        private bool IsDuplicate(ref Frame frame, NameKey key)
        {
            if (frame.Set is not null)
            {
                return frame.Set.Contains(key);
            }

            var count = _nameCount - frame.NamesStart;
            if (count < LinearScanLimit)
            {
                var names = _names.AsSpan(frame.NamesStart, count);
                foreach (var other in names)
                {
                    if (Equals(other, key))
                    {
                        return true;
                    }
                }

                return false;
            }

            // The object has grown large: switch it to a pooled hash set holding its names so far.
            frame.Set = RentSet(_depth - 1);
            foreach (var other in _names.AsSpan(frame.NamesStart, count))
            {
                frame.Set.Add(other);
            }

            return frame.Set.Contains(key);
        }

        private HashSet<NameKey> RentSet(int depth)
        {
            while (_setPool.Count <= depth)
            {
                _setPool.Add(null);
            }

            var set = _setPool[depth] ??= new HashSet<NameKey>(this);
            set.Clear();
            return set;
        }

        private void Push(bool isArray)
        {
            if (_depth == _frames.Length)
            {
                var next = ArrayPool<Frame>.Shared.Rent(_frames.Length * 2);
                _frames.AsSpan(0, _depth).CopyTo(next);
                ArrayPool<Frame>.Shared.Return(_frames, clearArray: true);
                _frames = next;
            }

            _frames[_depth++] = new Frame
            {
                IsArray = isArray,
                Index = -1,
                NamesStart = _nameCount,
                SideStart = _sideLength,
            };
        }

        private void Pop()
        {
            ref var frame = ref _frames[--_depth];
            _nameCount = frame.NamesStart;
            _sideLength = frame.SideStart;
            frame.Set?.Clear();
            frame = default;
        }

        private void EnsureSide(int extra)
        {
            if (_side.Length - _sideLength >= extra)
            {
                return;
            }

            var next = ArrayPool<byte>.Shared.Rent(Math.Max(_side.Length * 2, _sideLength + extra));
            _side.AsSpan(0, _sideLength).CopyTo(next);
            ArrayPool<byte>.Shared.Return(_side);
            _side = next;
        }

        private ReadOnlySpan<byte> Bytes(NameKey key)
            => key.InSide ? _side.AsSpan(key.Offset, key.Length) : _input.Span.Slice(key.Offset, key.Length);

        public bool Equals(NameKey x, NameKey y) => x.Hash == y.Hash && Bytes(x).SequenceEqual(Bytes(y));

        public int GetHashCode(NameKey obj) => obj.Hash;

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = default(HashCode);
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }

        private void AddFinding(string code, string message)
            => (Findings ??= []).Add(Finding.Error(code, CurrentPointer(), message));

        /// <summary>Materialises the RFC 6901 pointer of the token being read; only called when a finding is made.</summary>
        private string CurrentPointer()
        {
            var builder = new StringBuilder();
            for (var i = 0; i < _depth; i++)
            {
                ref var frame = ref _frames[i];
                if (frame.IsArray)
                {
                    if (frame.Index >= 0)
                    {
                        builder.Append('/').Append(frame.Index.ToString(CultureInfo.InvariantCulture));
                    }
                }
                else if (frame.HasName)
                {
                    builder.Append('/');
                    AppendEscapedName(builder, frame.Name);
                }
            }

            return builder.ToString();
        }

        private void AppendEscapedName(StringBuilder builder, NameKey key)
        {
            var bytes = Bytes(key);
            string name;
            if (!key.InSide && bytes.IndexOf((byte)'\\') >= 0)
            {
                // A name kept raw because it could not be unescaped (lone surrogate): decode what can be decoded.
                var scratch = new byte[bytes.Length];
                name = JsonStringEscapes.TryUnescape(bytes, scratch, out var written)
                    ? Encoding.UTF8.GetString(scratch, 0, written)
                    : DecodeLossy(bytes);
            }
            else
            {
                name = Encoding.UTF8.GetString(bytes);
            }

            builder.Append(JsonPointer.Escape(name));
        }

        /// <summary>Decodes escapes, keeping a lone surrogate as the UTF-16 unit it names, as the pointer's string.</summary>
        private static string DecodeLossy(ReadOnlySpan<byte> raw)
        {
            var builder = new StringBuilder();
            var i = 0;
            while (i < raw.Length)
            {
                if (raw[i] != (byte)'\\')
                {
                    var next = raw[i..].IndexOf((byte)'\\');
                    var chunk = next < 0 ? raw[i..] : raw.Slice(i, next);
                    builder.Append(Encoding.UTF8.GetString(chunk));
                    i += chunk.Length;
                    continue;
                }

                var start = i;
                if (JsonStringEscapes.TryDecodeEscape(raw, ref i, out var scalar))
                {
                    builder.Append(char.ConvertFromUtf32(scalar));
                }
                else if (raw[start + 1] == (byte)'u'
                    && System.Buffers.Text.Utf8Parser.TryParse(raw.Slice(start + 2, 4), out ushort unit, out _, 'x'))
                {
                    builder.Append((char)unit);
                    i = start + 6;
                }
                else
                {
                    i = raw.Length;
                }
            }

            return builder.ToString();
        }

        public void Dispose()
        {
            ArrayPool<Frame>.Shared.Return(_frames, clearArray: true);
            ArrayPool<NameKey>.Shared.Return(_names);
            ArrayPool<byte>.Shared.Return(_side);
            _frames = [];
            _names = [];
            _side = [];
        }
    }
}
