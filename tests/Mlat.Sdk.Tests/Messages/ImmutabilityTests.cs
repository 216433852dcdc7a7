using System.Reflection;
using System.Runtime.CompilerServices;
using Mlat.Sdk.Messages;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// Public types are sealed (or abstract) and the message model is immutable: a property of a message type can only be
/// set while the object is created. Enforced by reflection so a new type cannot slip through (CONVENTIONS.md).
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly Assembly Sdk = typeof(MessageBody).Assembly;

    [Fact]
    public void Every_public_class_is_sealed_static_or_abstract()
    {
        var open = Sdk.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void Every_property_of_the_message_model_is_init_only_or_get_only()
    {
        var mutable = Sdk.GetExportedTypes()
            .Where(t => t.Namespace == typeof(MessageBody).Namespace && t.IsClass)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } set
                            && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.Name}.{p.Name}"));

        Assert.Empty(mutable);
    }

    [Fact]
    public void Collections_of_the_message_model_are_read_only_lists()
    {
        var mutableCollections = Sdk.GetExportedTypes()
            .Where(t => t.Namespace == typeof(MessageBody).Namespace && t.IsClass)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType != typeof(string)
                            && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)
                            && !(p.PropertyType.IsGenericType
                                 && (p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                                     || p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))))
                .Select(p => $"{t.Name}.{p.Name}: {p.PropertyType.Name}"));

        Assert.Empty(mutableCollections);
    }
}
