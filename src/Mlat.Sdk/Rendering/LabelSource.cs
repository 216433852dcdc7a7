namespace Mlat.Sdk.Rendering;

/// <summary>Where the wording of a label comes from.</summary>
public enum LabelSource
{
    /// <summary>The wording of the official form or legal text in that language (the label's reference names it).</summary>
    Official = 1,

    /// <summary>No official wording was found: a translation made for the SDK, to be read as such.</summary>
    UnofficialTranslation = 2,
}
