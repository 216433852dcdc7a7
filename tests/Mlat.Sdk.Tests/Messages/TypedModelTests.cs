using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Mlat.Sdk.Envelopes;
using Mlat.Sdk.Messages;
using Mlat.Sdk.Serialization;
using Mlat.Sdk.Validation;

namespace Mlat.Sdk.Tests.Messages;

/// <summary>
/// The model cannot be misused silently (issue #20 point 1): dates, durations and amounts are types, not text the
/// caller formats; <c>default</c> of an enum is no real value and a built message holding one gets a coded finding;
/// text is written in NFC and non-NFC text read is reported at its pointer.
/// </summary>
public sealed class TypedModelTests
{
    private static readonly string Request = Path.Combine(TestPaths.Samples, "1.0", "valid", "AssistanceRequest", "eio-de-fr-bank-records-fraud.json");

    public static TheoryData<string> ModelEnums()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModelEnumTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModelEnums))]
    public void Enum_of_the_model_has_no_value_at_zero_so_default_is_never_a_real_code(string name)
    {
        var type = ModelEnumTypes().Single(t => t.Name == name);
        Assert.False(Enum.IsDefined(type, Enum.ToObject(type, 0)), $"default({name}) is a defined value");
    }

    [Fact]
    public void Every_value_typed_member_of_every_model_record_is_required_or_nullable()
    {
        var offenders = new List<string>();
        foreach (var type in typeof(MlatMessage).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(MlatMessage).Namespace && t.IsClass))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.CanWrite))
            {
                var valueType = property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null;
                if (valueType && property.GetCustomAttribute<RequiredMemberAttribute>() is null)
                {
                    offenders.Add($"{type.Name}.{property.Name}");
                }
            }
        }

        // An optional member of value type would be written as its default (false, 0, Andorra) when the caller omits it.
        Assert.Empty(offenders);
    }

    [Fact]
    public void A_built_message_whose_enum_member_is_left_at_default_gets_a_coded_finding_at_its_pointer()
    {
        var message = Load();
        var broken = message with { Header = message.Header with { Sender = message.Header.Sender with { Country = default } } };

        var report = MlatValidator.Default.Validate(MlatJson.SerializeToUtf8Bytes(broken));

        Assert.False(report.IsSuccess);
        Assert.Contains(report.Findings, f => f.Pointer == "/header/sender/country" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_date_of_birth_is_written_in_iso_form_whatever_the_current_culture()
    {
        var person = new NaturalPerson { Id = "p1", FamilyNames = ["Example"], DateOfBirth = new DateOnly(1979, 4, 12) };
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // The process runs with invariant globalization (no th-TH); a culture with another date order and separator
            // shows the same thing: nothing the caller's culture formats reaches the wire.
            CultureInfo.CurrentCulture = LocalCulture();
            Assert.Equal("12.04.1979", new DateOnly(1979, 4, 12).ToString(CultureInfo.CurrentCulture));
            var json = System.Text.Json.JsonSerializer.Serialize(person, MlatJsonContext.Default.NaturalPerson);
            Assert.Contains("\"dateOfBirth\":\"1979-04-12\"", json, StringComparison.Ordinal);
            Assert.Equal("1979-04", PartialDate.FromYearMonth(1979, 4).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("1979")]
    [InlineData("1979-04")]
    [InlineData("2000-02-29")]
    public void A_partial_date_reads_and_writes_its_exact_form(string text)
        => Assert.Equal(text, PartialDate.Parse(text).ToString());

    [Theory]
    [InlineData("0000")]
    [InlineData("1979-13")]
    [InlineData("1979-02-29")]
    [InlineData("79-04")]
    [InlineData("1979-4")]
    public void A_partial_date_that_is_not_in_the_calendar_is_refused(string text)
        => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("P3Y", 36)]
    [InlineData("P12M", 12)]
    [InlineData("P90D", 2.957)]
    [InlineData("PT96H", 0.131)]
    [InlineData("P1Y2M3W4DT5H6M7S", 14.828)]
    public void A_duration_keeps_its_text_and_knows_its_length(string text, double months)
    {
        var duration = IsoDuration.Parse(text);
        Assert.Equal(text, duration.ToString());
        Assert.Equal(months, duration.TotalMonths, 3);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1Y2Y")]
    [InlineData("P1D1Y")]
    [InlineData("P-1Y")]
    [InlineData("P1.5Y")]
    [InlineData("P99999999999Y")]
    [InlineData("3Y")]
    public void Text_that_is_not_a_duration_of_the_standard_is_refused(string text)
        => Assert.False(IsoDuration.TryParse(text, out _));

    [Fact]
    public void A_duration_built_from_numbers_is_written_canonically()
    {
        Assert.Equal("P3Y", IsoDuration.FromYears(3).ToString());
        Assert.Equal("PT96H", IsoDuration.FromHours(96).ToString());
        Assert.Equal("P1Y6MT12H", IsoDuration.Create(years: 1, months: 6, hours: 12).ToString());
        Assert.Equal("P0D", IsoDuration.Create().ToString());
    }

    [Fact]
    public void An_amount_is_a_decimal_written_in_the_invariant_culture_with_its_scale()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = LocalCulture();
            Assert.Equal("38400,00", 38400.00m.ToString(CultureInfo.CurrentCulture));
            var consultation = MlatValidator.Default.Validate(File.ReadAllBytes(Path.Combine(TestPaths.Samples, "1.0", "valid", "Consultation", "full-costs-lithuania-sweden.json"))).MessageOrThrow();
            var estimate = ((Consultation)consultation.Body).CostEstimate!;
            Assert.Equal(38400.00m, estimate.Amount);
            Assert.Contains("\"amount\":\"38400.00\"", MlatJson.Serialize(consultation), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_header_version_and_the_negotiation_message_type_are_typed()
    {
        Assert.Equal(typeof(MlatVersion), typeof(MessageHeader).GetProperty(nameof(MessageHeader.Version))!.PropertyType);
        Assert.Equal(typeof(MessageType), typeof(Sdk.Versioning.NegotiationRequest).GetProperty(nameof(Sdk.Versioning.NegotiationRequest.MessageType))!.PropertyType);
        Assert.Equal(MlatVersion.Create(1, 0), Load().Header.Version);
    }

    private static CultureInfo LocalCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
        culture.DateTimeFormat.DateSeparator = ".";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        return culture;
    }

    // The message model plus the signer role, whose default would otherwise mean "issuing".
    private static IEnumerable<Type> ModelEnumTypes()
        => typeof(MlatMessage).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && (t.Namespace == typeof(MlatMessage).Namespace || t == typeof(SignerRole)))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static MlatMessage Load() => MlatValidator.Default.Validate(File.ReadAllBytes(Request)).MessageOrThrow();
}
