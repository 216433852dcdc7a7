using System.Collections.Frozen;
using System.Text;

namespace Mlat.Sdk.Serialization;

/// <summary>
/// Unicode normalization form C (UAX #15) with the SDK's own tables (NfcData.g.cs), because <c>string.Normalize</c>
/// does nothing without ICU, which is what <c>InvariantGlobalization</c> (the CLI, containers) gives: the writer would
/// sign decomposed text and the reader would never notice it. Canonical decomposition, canonical ordering, then
/// canonical composition with the blocking rule; Hangul syllables algorithmically.
/// </summary>
internal static partial class Nfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    // Built on first use, after the generated arrays (another part of this class, initialised in no fixed order).
    private static FrozenDictionary<int, int> Decompositions => Lookups.Decompositions;

    private static FrozenDictionary<long, int> Compositions => Lookups.Compositions;

    /// <summary>Whether the text is in NFC.</summary>
    public static bool IsNormalized(string text) => QuickYes(text) || string.Equals(Normalize(text), text, StringComparison.Ordinal);

    /// <summary>The text in NFC; the same instance when it already is.</summary>
    public static string Normalize(string text)
    {
        if (QuickYes(text))
        {
            return text;
        }

        var decomposed = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, decomposed);
        }

        Reorder(decomposed);
        Compose(decomposed);
        var builder = new StringBuilder(decomposed.Count);
        foreach (var cp in decomposed)
        {
            builder.Append(new Rune(cp).ToString());
        }

        var result = builder.ToString();
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    // Nothing below U+0300 decomposes into, or composes with, a combining mark (checked when the tables are generated).
    private static bool QuickYes(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300')
            {
                return false;
            }
        }

        return true;
    }

    private static void Decompose(int cp, List<int> into)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            into.Add(LBase + (s / NCount));
            into.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                into.Add(TBase + (s % TCount));
            }

            return;
        }

        if (Decompositions.TryGetValue(cp, out var packed))
        {
            into.AddRange(DecompositionData.AsSpan(packed / 8, packed % 8));
        }
        else
        {
            into.Add(cp);
        }
    }

    private static int CombiningClass(int cp)
    {
        int lo = 0, hi = (CombiningClassRanges.Length / 3) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (cp < CombiningClassRanges[mid * 3])
            {
                hi = mid - 1;
            }
            else if (cp > CombiningClassRanges[(mid * 3) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return CombiningClassRanges[(mid * 3) + 2];
            }
        }

        return 0;
    }

    // Canonical ordering: a stable sort by combining class of each run of non-starters.
    private static void Reorder(List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var cc = CombiningClass(cps[i]);
            if (cc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(cps[j - 1]) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    private static void Compose(List<int> cps)
    {
        if (cps.Count < 2)
        {
            return;
        }

        var starter = 0;
        var lastClass = CombiningClass(cps[0]) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < cps.Count; read++)
        {
            var cp = cps[read];
            var cc = CombiningClass(cp);
            var blocked = lastClass != 0 && (lastClass == 256 || lastClass >= cc);
            if (!blocked && TryCompose(cps[starter], cp, out var composite) && (lastClass < cc || lastClass == 0))
            {
                cps[starter] = composite;
                continue;
            }

            if (cc == 0)
            {
                starter = write;
            }

            lastClass = cc;
            cps[write++] = cp;
        }

        cps.RemoveRange(write, cps.Count - write);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
            return true;
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }

        return Compositions.TryGetValue(Pair(first, second), out composite);
    }

    private static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    private static class Lookups
    {
        public static readonly FrozenDictionary<int, int> Decompositions =
            DecompositionKeys.Select((k, i) => (k, i)).ToFrozenDictionary(p => p.k, p => DecompositionStarts[p.i]);

        public static readonly FrozenDictionary<long, int> Compositions = Enumerable.Range(0, CompositionTriples.Length / 3)
            .ToFrozenDictionary(i => Pair(CompositionTriples[i * 3], CompositionTriples[(i * 3) + 1]), i => CompositionTriples[(i * 3) + 2]);
    }
}
