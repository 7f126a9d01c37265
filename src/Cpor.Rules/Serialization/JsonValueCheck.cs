using System.Globalization;
using System.Text.Json;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Walks one whole JSON value before it is read, for what contract v1 refuses anywhere (DOMAIN.md section 8): a
/// property name repeated in one object, a token over <see cref="JsonStrings.MaxTokenBytes"/>, and text that is too long
/// or not valid Unicode. The first two always refuse the document. Bad text refuses it too, except inside a claim, where
/// it is a bad value of that claim: there the check reports it as a <see cref="ClaimDataError"/>, leaving the fields
/// the claim reader reads itself (which reports them) to that reader.
/// </summary>
internal sealed class JsonValueCheck
{
    /// <summary>Objects with more names than this are checked for repeats with a set; smaller ones by comparison.</summary>
    private const int SetFrom = 16;

    private static readonly HashSet<string> ClaimFields = new(StringComparer.Ordinal)
    {
        "claimId", "partnerId", "submittedBy", "tenantId", "customerDomain", "solutionArea", "activity", "products",
        "subscriptionId", "submittedOn", "proofOfExecution",
    };

    private static readonly HashSet<string> ProofFields = new(StringComparer.Ordinal) { "customerAcknowledgedOn", "describesPartnerService", "products" };

    private readonly List<Frame> _frames = [];

    // The names seen in the object open at each depth, reused from one object to the next (no garbage per object).
    private readonly List<List<string>> _namesByDepth = [];
    private readonly List<HashSet<string>?> _setsByDepth = [];
    // Stryker disable once Bitwise : the pool only shares instances of names that are compared by value
    private readonly StringPool _names = new(maxEntries: 1 << 12);

    /// <summary>
    /// Checks the value <paramref name="reader"/> is on (a copy: the caller's reader does not move). The reader must
    /// hold the whole value. Document problems go to <paramref name="problems"/>; with <paramref name="claimErrors"/>
    /// the value is a claim, and its bad text goes there instead.
    /// </summary>
    public void Check(Utf8JsonReader reader, string path, List<DocumentProblem> problems, List<ClaimDataError>? claimErrors)
    {
        // Stryker disable once Statement : every check ends with no frame open (it stops when the value's first frame closes), and a check that throws ends the parse that owns this instance
        _frames.Clear();
        do
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    NextValue();
                    OpenObject(_frames.Count);
                    _frames.Add(new Frame(isArray: false));
                    break;
                case JsonTokenType.StartArray:
                    NextValue();
                    _frames.Add(new Frame(isArray: true));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    _frames.RemoveAt(_frames.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    Name(ref reader, path, problems, claimErrors);
                    break;
                default:
                    NextValue();
                    if (JsonStrings.IsTooLarge(ref reader))
                    {
                        problems.Add(new DocumentProblem(Path(path), TokenTooLarge));
                    }
                    else if (reader.TokenType == JsonTokenType.String && !(claimErrors is not null && ClaimReaderReads()) && !JsonStrings.IsValid(ref reader, out var problem))
                    {
                        BadText(path, problem, problems, claimErrors);
                    }

                    break;
            }
        }
        while (_frames.Count > 0 && reader.Read());
    }

    /// <summary>The message for a token over the limit.</summary>
    public static string TokenTooLarge { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"a single token (text, number or name) is larger than 4 MiB ({JsonStrings.MaxTokenBytes:N0} bytes); the limit refuses it");

    private void Name(ref Utf8JsonReader reader, string path, List<DocumentProblem> problems, List<ClaimDataError>? claimErrors)
    {
        var frame = _frames[^1];
        frame.Name = null;
        _frames[^1] = frame;
        if (JsonStrings.IsTooLarge(ref reader))
        {
            problems.Add(new DocumentProblem(Path(path), TokenTooLarge));
            return;
        }

        if (!JsonStrings.TryGet(ref reader, _names, out var name, out var problem))
        {
            BadText(path, $"a property name {problem}", problems, claimErrors);
            return;
        }

        frame.Name = name;
        _frames[^1] = frame;
        if (Seen(_frames.Count - 1, name))
        {
            problems.Add(new DocumentProblem(Path(path), "repeats a property name given earlier in the same object; a name may appear once"));
        }
    }

    private void OpenObject(int depth)
    {
        while (_namesByDepth.Count <= depth)
        {
            _namesByDepth.Add(new List<string>(16));
            _setsByDepth.Add(null);
        }

        _namesByDepth[depth].Clear();
        _setsByDepth[depth] = null;
    }

    /// <summary>Records a name of the object at <paramref name="depth"/>; <see langword="true"/> when it was recorded before.</summary>
    private bool Seen(int depth, string name)
    {
        if (_setsByDepth[depth] is { } set)
        {
            return !set.Add(name);
        }

        var names = _namesByDepth[depth];
        foreach (var seen in names)
        {
            if (string.Equals(seen, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        names.Add(name);
        // Stryker disable once Equality,Boolean : when the names of an object move from the list to a set changes only the cost of finding a repeat
        if (names.Count > SetFrom)
        {
            // A large object: a set from here on, so that checking stays linear.
            _setsByDepth[depth] = new HashSet<string>(names, StringComparer.Ordinal);
            // Stryker disable once Statement : once the set exists the list is not read again, and OpenObject clears it for the next object
            names.Clear();
        }

        return false;
    }

    private void BadText(string path, string problem, List<DocumentProblem> problems, List<ClaimDataError>? claimErrors)
    {
        if (claimErrors is null)
        {
            problems.Add(new DocumentProblem(Path(path), problem));
        }
        else
        {
            var field = Field();
            claimErrors.Add(new ClaimDataError(field.Length == 0 ? "claim" : field, null, $"the text {problem}"));
        }
    }

    /// <summary>Whether the value is inside a field the claim reader reads (and reports) itself.</summary>
    private bool ClaimReaderReads()
    {
        if (_frames.Count == 0 || _frames[0].Name is not { } field || !ClaimFields.Contains(field))
        {
            return false;
        }

        return field != "proofOfExecution" || _frames.Count < 2 || _frames[1].IsArray || (_frames[1].Name is { } name && ProofFields.Contains(name));
    }

    private void NextValue()
    {
        if (_frames.Count > 0 && _frames[^1].IsArray)
        {
            var frame = _frames[^1];
            frame.Index++;
            _frames[^1] = frame;
        }
    }

    private string Path(string root)
    {
        var path = root;
        foreach (var frame in _frames)
        {
            if (frame.IsArray)
            {
                // An array's index is set by its first value, and a path is asked for only at a value or a name in it.
                path = JsonPath.Index(path, frame.Index);
            }
            else if (frame.Name is { } name)
            {
                path = JsonPath.Property(path, name);
            }
        }

        return path;
    }

    /// <summary>The path inside a claim as data errors name fields: <c>products[0]</c>, <c>proofOfExecution.products</c>.</summary>
    private string Field()
    {
        var path = Path(string.Empty);
        return path.StartsWith('.') ? path[1..] : path;
    }

    private struct Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
