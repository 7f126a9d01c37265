using System.ComponentModel;
using System.Globalization;

namespace Cpor.Rules.Domain;

/// <summary>
/// Converts an identifier from and to its text through <see cref="IParsable{TSelf}"/>, so that what reads values with
/// type converters (configuration binding, <c>TypeDescriptor</c>, MVC model binding) reads identifiers without glue.
/// </summary>
/// <typeparam name="T">The identifier.</typeparam>
internal sealed class ParsableTypeConverter<T> : TypeConverter
    where T : IParsable<T>
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType)
        => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType)
        => destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    /// <exception cref="FormatException">The text is not a valid identifier.</exception>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        => value is string text ? T.Parse(text, CultureInfo.InvariantCulture) : base.ConvertFrom(context, culture, value);

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
        => destinationType == typeof(string) && value is T identifier ? identifier.ToString() : base.ConvertTo(context, culture, value, destinationType);
}
