using System.Collections.Frozen;
using System.Text.Json;

namespace Mlat.Sdk.Rendering;

/// <summary>
/// The page layouts of <c>Resources/layouts.json</c>: which sections a message type is shown in, in the order of its
/// official form (EIO annexes A–C, EPOC annexes I–III) or of a letter of request (UNTOC art. 18(15)).
/// </summary>
internal sealed class FormLayouts
{
    internal const string ResourceName = "rendering/layouts.json";

    private static readonly Lazy<FormLayouts> EmbeddedLayouts = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private FormLayouts(IReadOnlyList<FormLayout> forms) => Forms = forms;

    public static FormLayouts Embedded => EmbeddedLayouts.Value;

    public IReadOnlyList<FormLayout> Forms { get; }

    /// <summary>The layout of a body: the first form that lists its message type (and profile, when the form names profiles).</summary>
    public FormLayout For(string messageType, string? profile) =>
        Forms.First(f =>
            (f.MessageTypes.Contains(messageType) || f.MessageTypes.Contains("*"))
            && (f.Profiles.Count == 0 || (profile is not null && f.Profiles.Contains(profile))));

    private static FormLayouts Load()
    {
        using var stream = typeof(FormLayouts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        var forms = new List<FormLayout>();
        foreach (var form in document.RootElement.GetProperty("forms").EnumerateArray())
        {
            var sections = form.GetProperty("sections").EnumerateArray()
                .Select(s => new FormSection(
                    s.GetProperty("id").GetString()!,
                    s.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray()))
                .ToArray();
            forms.Add(new FormLayout(
                form.GetProperty("id").GetString()!,
                Strings(form, "messageTypes"),
                Strings(form, "profiles"),
                sections));
        }

        return new FormLayouts(forms);
    }

    private static FrozenSet<string> Strings(JsonElement form, string name) =>
        form.TryGetProperty(name, out var array)
            ? array.EnumerateArray().Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;
}

/// <summary>One form: its id (label key <c>form.&lt;id&gt;</c>) and its sections in order.</summary>
internal sealed record FormLayout(string Id, FrozenSet<string> MessageTypes, FrozenSet<string> Profiles, IReadOnlyList<FormSection> Sections);

/// <summary>One section of a form (label key <c>section.&lt;form&gt;.&lt;id&gt;</c>) and the body members it shows.</summary>
internal sealed record FormSection(string Id, IReadOnlyList<string> Members);
