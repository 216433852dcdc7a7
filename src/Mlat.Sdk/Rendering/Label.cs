namespace Mlat.Sdk.Rendering;

/// <summary>The text of one label in one language, with where its wording comes from.</summary>
/// <param name="Text">The text shown on the page.</param>
/// <param name="Source">Official wording or an unofficial translation.</param>
/// <param name="Reference">For official wording: the act, annex and language version it is taken from.</param>
public sealed record Label(string Text, LabelSource Source, string? Reference = null);
