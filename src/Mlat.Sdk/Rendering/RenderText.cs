namespace Mlat.Sdk.Rendering;

/// <summary>
/// The page's own words (label keys <c>ui.&lt;name in camel case&gt;</c>). The label packs are checked against this enum,
/// so a word cannot be added here without a label in every complete pack.
/// </summary>
internal enum RenderText
{
    /// <summary>Title of the header table.</summary>
    Message = 1,
    Signers,
    SignerRole,
    SignerAuthority,
    SignerCountry,
    SignedAt,
    CertificateThumbprint,
    SignaturesVerified,
    SignaturesNotVerified,
    SignaturesPresentNotChecked,
    Original,
    Translation,
    TranslatedBy,
    ToBeTranslated,
    Yes,
    No,
    OtherInformation,
    Extensions,
    EncodedSignatures,
    ReaderLanguage,
    ControlCharacter,
}
