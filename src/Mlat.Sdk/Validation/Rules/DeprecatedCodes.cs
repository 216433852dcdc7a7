using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Validation.Rules;

/// <summary>
/// Code-list values deprecated the way a MINOR release may (the schemas of 1.0 and 1.1 still accept them, so a message
/// that uses one stays readable and valid): each use is a <see cref="FindingCodes.CodeDeprecated"/> warning whose message
/// names the replacement. docs/code-lists.md lists the same values.
/// </summary>
internal static class DeprecatedCodes
{
    /// <summary>Adds a warning for every deprecated code the message uses.</summary>
    public static void Report(MlatMessage message, List<Finding> findings)
    {
        foreach (var (ground, pointer, _) in RuleHelpers.RefusalGrounds(message.Body))
        {
            if (ground.Code == RefusalGroundCode.EioArt11Para2)
            {
                // EIO art. 11(2) is not a ground: it forbids grounds (g) and (h) against the measures of art. 10(2).
                findings.Add(new Finding(FindingCodes.CodeDeprecated, pointer, FindingSeverity.Warning,
                    "A deprecated refusal ground: EIO_ART11_2 names no ground of Directive 2014/41/EU (art. 11(2) limits grounds (g) and (h)); use EIO_ART11_1_H, the ground of art. 11(1)(h)."));
            }
        }
    }
}
