using System.Text.Json;
using Ardalis.SmartEnum;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Reads the fields of one fact object (a tenant, a subscription, a partner or an association). Every field that
/// cannot be read is reported with its JSON path; <see cref="Failed"/> then says the fact must not be built.
/// </summary>
internal sealed class FactFields
{
    private readonly JsonElement _element;
    private readonly List<DocumentProblem> _problems;
    private readonly int _problemsBefore;

    public FactFields(JsonElement element, string path, List<DocumentProblem> problems, StringPool names, StringPool domains)
    {
        _element = element;
        Path = path;
        _problems = problems;
        _problemsBefore = problems.Count;
        Names = names;
        Domains = domains;
    }

    public string Path { get; }

    /// <summary>Shares product and workload names with the claims that repeat them.</summary>
    public StringPool Names { get; }

    /// <summary>Shares domains with the claims that repeat them.</summary>
    public StringPool Domains { get; }

    public bool Failed => _problems.Count > _problemsBefore;

    public delegate bool IdentifierParser<T>(string? value, out T result, out string? error);

    public delegate bool EntryReader<T>(JsonElement entry, string path, FactFields fields, out T value);

    public void Problem(string path, string message) => _problems.Add(new DocumentProblem(path, message));

    public T? Identifier<T>(string name, IdentifierParser<T> parse)
        where T : struct
    {
        var text = RequiredText(name);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value, out var error))
        {
            return value;
        }

        Problem(JsonPath.Property(Path, name), IdentifierText.Invalid(typeof(T).Name, text, error!).Message);
        return null;
    }

    public TEnum? Named<TEnum>(string name)
        where TEnum : SmartEnum<TEnum, int>
    {
        var text = RequiredText(name);
        if (text is null)
        {
            return null;
        }

        if (ContractNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Problem(JsonPath.Property(Path, name), ContractNames.Describe<TEnum>(text));
        return null;
    }

    public DateOnly? Date(string name)
    {
        var text = RequiredText(name);
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        Problem(JsonPath.Property(Path, name), $"{JsonTokenText.Quote(text)} is not a date in the form {IsoDate.Pattern}");
        return null;
    }

    public bool? Flag(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Problem(JsonPath.Property(Path, name), "required: true or false");
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Problem(JsonPath.Property(Path, name), $"expected true or false, found {JsonTokenText.Describe(value)}");
        return null;
    }

    /// <summary>Non-blank text; a problem when it is absent, null, blank or not text.</summary>
    public string? RequiredText(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Problem(JsonPath.Property(Path, name), "required");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(JsonPath.Property(Path, name), $"expected text, found {JsonTokenText.Describe(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(JsonPath.Property(Path, name), "must not be empty");
            return null;
        }

        return text;
    }

    /// <summary>A product or workload name: non-blank text, shared with the claims that name it.</summary>
    public string? Name(string name)
    {
        if (RequiredText(name) is not { } text)
        {
            return null;
        }

        if (EchoText.HasControl(text))
        {
            Problem(JsonPath.Property(Path, name), ControlCharacters(text));
            return null;
        }

        return Names.Intern(text);
    }

    /// <summary>The problem of a product or workload name holding control characters.</summary>
    public static string ControlCharacters(string text)
        => $"{EchoText.Quote(text)} holds control characters, which a product or workload name may not";

    /// <summary>
    /// A list whose entries are read by <paramref name="entry"/>, which reports its own problems and returns
    /// <see langword="false"/> for an entry it cannot read. Absent or null reads as an empty list: a fact without, say,
    /// workloads simply has none.
    /// </summary>
    public List<T> List<T>(string name, EntryReader<T> entry)
    {
        var result = new List<T>();
        var listPath = JsonPath.Property(Path, name);
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(listPath, $"expected an array, found {JsonTokenText.Describe(value)}");
            return result;
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (entry(item, JsonPath.Index(listPath, index), this, out var read))
            {
                result.Add(read);
            }

            index++;
        }

        return result;
    }

    /// <summary>Reads a list entry that must be non-blank text.</summary>
    public static bool NameEntry(JsonElement entry, string path, FactFields fields, out string name)
    {
        name = string.Empty;
        if (entry.ValueKind != JsonValueKind.String)
        {
            fields.Problem(path, $"expected a name (text), found {JsonTokenText.Describe(entry)}");
            // Stryker disable once Boolean : the entry's problem is reported, so the fact is not built and the document is refused; the list is never used
            return false;
        }

        var text = entry.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            fields.Problem(path, "must not be empty");
            // Stryker disable once Boolean : the entry's problem is reported, so the fact is not built and the document is refused; the list is never used
            return false;
        }

        if (EchoText.HasControl(text))
        {
            fields.Problem(path, ControlCharacters(text));
            // Stryker disable once Boolean : the entry's problem is reported, so the fact is not built and the document is refused; the list is never used
            return false;
        }

        name = fields.Names.Intern(text);
        return true;
    }

    /// <summary>Reads a list entry that must be a contract name of <typeparamref name="TEnum"/>.</summary>
    public static bool NamedEntry<TEnum>(JsonElement entry, string path, FactFields fields, out TEnum value)
        where TEnum : SmartEnum<TEnum, int>
    {
        value = null!;
        if (entry.ValueKind != JsonValueKind.String)
        {
            fields.Problem(path, $"expected a {typeof(TEnum).Name} name (text), found {JsonTokenText.Describe(entry)}");
            // Stryker disable once Boolean : the entry's problem is reported, so the fact is not built and the document is refused; the list is never used
            return false;
        }

        var text = entry.GetString();
        if (ContractNames.TryParse<TEnum>(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        fields.Problem(path, ContractNames.Describe<TEnum>(text));
        // Stryker disable once Boolean : the entry's problem is reported, so the fact is not built and the document is refused; the list is never used
        return false;
    }
}
