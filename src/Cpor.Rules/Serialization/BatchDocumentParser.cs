using System.Buffers;
using System.Text;
using System.Text.Json;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using OneOf;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Reads a batch document from a stream in one pass, holding only a window of its bytes: the window grows only when
/// one element (one claim, one fact) is larger than it. Each claim becomes a <see cref="Claim"/> as soon as it is
/// read, so a batch of a million claims keeps its claims and facts in memory, never its JSON text. The facts may come
/// before or after the claims: claims are read without them, so their order does not matter.
/// Structural problems do not stop the reading: every one is collected with its JSON path. Only text that is not JSON
/// stops it, since nothing after a syntax error can be read with confidence, and so does a limit of section 8 of the
/// contract: a token over 4 MiB, nesting deeper than 64, or one element (a claim, a fact, a top-level value) over 1 GiB.
/// Work and memory stay linear in the input: the window is refilled to the full before it is parsed again, it grows by
/// doubling, and a long run of white space between tokens is squeezed in place instead of being held.
/// </summary>
internal sealed class BatchDocumentParser : IDisposable
{
    /// <summary>The window a parse starts with: 64 KiB.</summary>
    public const int DefaultWindow = 1 << 16;

    /// <summary>The largest window: one element (a claim, a fact, a top-level value) may not be larger.</summary>
    private const int MaxWindow = 1 << 30;

    /// <summary>A run of white space longer than this, between tokens, is squeezed to at most this many bytes.</summary>
    private const int SqueezedRun = 64;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    private readonly Stream _stream;
    private readonly IProgress<long>? _progress;
    private readonly List<DocumentProblem> _problems = [];
    private readonly StringPool _names = new(maxEntries: 1 << 16);
    private readonly StringPool _domains = new(maxEntries: 1 << 18);
    private readonly List<Claim> _claims = [];
    private readonly List<CustomerTenant> _tenants = [];
    private readonly List<Subscription> _subscriptions = [];
    private readonly List<Partner> _partners = [];
    private readonly List<Association> _associations = [];
    private readonly Dictionary<TenantId, string> _tenantPaths = [];
    private readonly Dictionary<SubscriptionId, string> _subscriptionPaths = [];
    private readonly Dictionary<PartnerId, string> _partnerPaths = [];
    private readonly HashSet<string> _topLevelNames = new(StringComparer.Ordinal);
    private readonly JsonValueCheck _check = new();
    private readonly List<ClaimDataError> _claimErrors = [];

    private byte[] _window;
    private int _start;
    private int _end;
    private bool _final;
    private long _bytesRead;
    private JsonReaderState _state = new(ReaderOptions);
    private DateOnly? _asOf;
    private bool _sawClaims;

    // Lines taken out of the reader's sight by squeezing white space, added back to the line of a syntax error.
    private long _squeezedLines;

    // Where the reader is, for a syntax error: the top-level property and the element index inside it (or -1).
    private string _property = JsonPath.Root;
    private int _element = -1;

    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="progress">Told the number of bytes read so far, after each read of the stream.</param>
    /// <param name="window">The initial window in bytes (tests make it tiny to cross every boundary).</param>
    public BatchDocumentParser(Stream stream, IProgress<long>? progress, int window = DefaultWindow)
    {
        _stream = stream;
        _progress = progress;
        _window = ArrayPool<byte>.Shared.Rent(window);
    }

    private delegate void ValueReader(ref Utf8JsonReader reader);

    public OneOf<BatchDocument, DocumentRefused> Parse()
    {
        try
        {
            ParseDocument();
        }
        catch (JsonException e)
        {
            Problem(Where(), NotJson(e, _squeezedLines));
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException)
        {
            Problem(Where(), "the text is not valid UTF-8");
        }
        catch (DocumentLimitException e)
        {
            Problem(Where(), e.Message);
        }

        if (_problems.Count > 0)
        {
            return new DocumentRefused(_problems);
        }

        var facts = FactSnapshot.Create(_tenants, _subscriptions, _partners, _associations);
        return new BatchDocument(_asOf, facts, _claims);
    }

    /// <summary>
    /// How many bytes the JSON reader was handed in all, counting again the bytes it is handed again after more were
    /// read: a measure of the parser's work that tests can hold to a multiple of the input.
    /// </summary>
    public long BytesExamined { get; private set; }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_window);
        _window = [];
    }

    private void ParseDocument()
    {
        SkipByteOrderMark();
        if (IsBlank())
        {
            Problem(JsonPath.Root, "the document is empty; expected a batch document: a JSON object with \"claims\" and the facts");
            return;
        }

        var first = NextToken(out _);
        if (first != JsonTokenType.StartObject)
        {
            Problem(JsonPath.Root, $"expected a batch document (a JSON object with \"claims\" and the facts), found {JsonTokenText.Describe(first)}");
            return;
        }

        while (NextToken(out var name) == JsonTokenType.PropertyName)
        {
            if (name is null)
            {
                // Not valid text (reported): its value is checked and skipped.
                ReadValue(Skip);
                continue;
            }

            _property = JsonPath.Property(JsonPath.Root, name);
            if (!_topLevelNames.Add(name))
            {
                Problem(_property, "repeats a property name given earlier in the same object; a name may appear once");
            }

            switch (name)
            {
                case "asOf":
                    ReadValue(ReadAsOf);
                    break;
                case "claims":
                    _sawClaims = true;
                    ReadArray(ReadClaim, nullIsEmpty: false);
                    break;
                case "tenants":
                    ReadArray(ReadTenant, nullIsEmpty: true);
                    break;
                case "subscriptions":
                    ReadArray(ReadSubscription, nullIsEmpty: true);
                    break;
                case "partners":
                    ReadArray(ReadPartner, nullIsEmpty: true);
                    break;
                case "associations":
                    ReadArray(ReadAssociation, nullIsEmpty: true);
                    break;
                default:
                    // Extra fields may be added to the contract; they never change meaning, so they are only checked.
                    ReadValue(Skip);
                    break;
            }

            _property = JsonPath.Root;
            _element = -1;
        }

        // Nothing but white space may follow the document (the reader throws on anything else).
        NextToken(out _);
        if (!_sawClaims)
        {
            Problem(JsonPath.Property(JsonPath.Root, "claims"), "required: the claims to decide (an array, possibly empty)");
        }
    }

    private void ReadAsOf(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (!Check(ref reader))
        {
            return;
        }

        var text = reader.TokenType == JsonTokenType.String && JsonStrings.TryGet(ref reader, pool: null, out var value, out _) ? value : null;
        if (text is not null
            && IsoDate.TryParse(text, out var date))
        {
            _asOf = date;
            return;
        }

        Problem(_property, text is null
            ? $"expected a date in the form {IsoDate.Pattern}, found {JsonTokenText.Describe(ref reader)}"
            : $"{JsonTokenText.Quote(text)} is not a date in the form {IsoDate.Pattern}");
    }

    private void ReadClaim(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Problem(Where(), $"a claim must be a JSON object, found {JsonTokenText.Describe(ref reader)}");
            return;
        }

        _claimErrors.Clear();
        _check.Check(reader, Where(), _problems, _claimErrors);

        // Once the document is refused its claims will never be decided: only their shape is still checked.
        if (_problems.Count == 0)
        {
            _claims.Add(Claim.FromUnvalidated(ClaimJsonReader.Read(ref reader, _names, _domains, _claimErrors.Count == 0 ? null : [.. _claimErrors])));
        }
    }

    private void ReadTenant(ref Utf8JsonReader reader)
    {
        if (!Check(ref reader))
        {
            return;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var path = Where();
        if (FactJsonReader.Tenant(document.RootElement, path, _problems, _names, _domains) is { } tenant && Unique(_tenantPaths, tenant.Id, path, "tenantId"))
        {
            _tenants.Add(tenant);
        }
    }

    private void ReadSubscription(ref Utf8JsonReader reader)
    {
        if (!Check(ref reader))
        {
            return;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var path = Where();
        if (FactJsonReader.Subscription(document.RootElement, path, _problems, _names, _domains) is { } subscription
            && Unique(_subscriptionPaths, subscription.Id, path, "subscriptionId"))
        {
            _subscriptions.Add(subscription);
        }
    }

    private void ReadPartner(ref Utf8JsonReader reader)
    {
        if (!Check(ref reader))
        {
            return;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var path = Where();
        if (FactJsonReader.Partner(document.RootElement, path, _problems, _names, _domains) is { } partner && Unique(_partnerPaths, partner.Id, path, "partnerId"))
        {
            _partners.Add(partner);
        }
    }

    private void ReadAssociation(ref Utf8JsonReader reader)
    {
        if (!Check(ref reader))
        {
            return;
        }

        using var document = JsonDocument.ParseValue(ref reader);
        if (FactJsonReader.Association(document.RootElement, Where(), _problems, _names, _domains) is { } association)
        {
            _associations.Add(association);
        }
    }

    /// <summary>Skips a value that means nothing to the contract, after checking it.</summary>
    private void Skip(ref Utf8JsonReader reader) => Check(ref reader);

    /// <summary>Checks a value outside the claims (section 8); <see langword="false"/> when it has a problem, reported.</summary>
    private bool Check(ref Utf8JsonReader reader)
    {
        var before = _problems.Count;
        _check.Check(reader, Where(), _problems, claimErrors: null);
        return _problems.Count == before;
    }

    /// <summary>A fact is known once: a second entry with the same ID would make the facts contradict each other.</summary>
    private bool Unique<TKey>(Dictionary<TKey, string> seen, TKey key, string path, string field)
        where TKey : notnull
    {
        if (seen.TryAdd(key, path))
        {
            return true;
        }

        Problem(JsonPath.Property(path, field), $"duplicate: {seen[key]} has the same {field}");
        // Stryker disable once Boolean : the duplicate is reported, so the document is refused and its facts are never used
        return false;
    }

    /// <summary>Reads the next token on its own (a property name, the start of the document, the end of an object).</summary>
    private JsonTokenType NextToken(out string? name)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_window.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                name = reader.TokenType == JsonTokenType.PropertyName ? PropertyName(ref reader) : null;
                Commit(ref reader);
                return reader.TokenType;
            }

            if (_final)
            {
                name = null;
                return JsonTokenType.None;
            }

            ReadMore();
        }
    }

    /// <summary>A top-level property name, or <see langword="null"/> when it is not valid text (reported).</summary>
    private string? PropertyName(ref Utf8JsonReader reader)
    {
        if (JsonStrings.IsTooLarge(ref reader))
        {
            throw new DocumentLimitException(JsonValueCheck.TokenTooLarge);
        }

        if (JsonStrings.TryGet(ref reader, _names, out var name, out var problem))
        {
            return name;
        }

        Problem(JsonPath.Root, $"a property name {problem}");
        return null;
    }

    /// <summary>Reads one whole value (the reader handed to <paramref name="read"/> holds all of it).</summary>
    private void ReadValue(ValueReader read)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_window.AsSpan(_start, _end - _start), _final, _state);
            if (!TryReadWhole(ref reader, out var value))
            {
                ReadMore();
                continue;
            }

            read(ref value);
            Commit(ref reader);
            return;
        }
    }

    /// <summary>Reads an array value element by element, so that only one element at a time must fit in the window.</summary>
    private void ReadArray(ValueReader readElement, bool nullIsEmpty)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_window.AsSpan(_start, _end - _start), _final, _state);
            if (!reader.Read())
            {
                ReadMore();
                continue;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                Commit(ref reader);
                break;
            }

            var found = reader.TokenType;
            var description = JsonTokenText.Describe(ref reader);
            if ((found is JsonTokenType.StartObject or JsonTokenType.StartArray) && !reader.TrySkip())
            {
                ReadMore();
                continue;
            }

            Commit(ref reader);
            if (found != JsonTokenType.Null || !nullIsEmpty)
            {
                Problem(_property, $"expected an array, found {description}");
            }

            return;
        }

        for (var index = 0; ; index++)
        {
            _element = index;
            while (true)
            {
                var reader = new Utf8JsonReader(_window.AsSpan(_start, _end - _start), _final, _state);
                if (!TryReadWhole(ref reader, out var value))
                {
                    ReadMore();
                    continue;
                }

                if (value.TokenType == JsonTokenType.EndArray)
                {
                    // ParseDocument clears the element index once the top-level value is read.
                    Commit(ref reader);
                    return;
                }

                readElement(ref value);
                Commit(ref reader);
                break;
            }
        }
    }

    /// <summary>
    /// Moves <paramref name="reader"/> past the next whole value; <paramref name="value"/> is a copy positioned on the
    /// value's first token, to read it from. <see langword="false"/> when the window does not hold all of it yet.
    /// </summary>
    private static bool TryReadWhole(ref Utf8JsonReader reader, out Utf8JsonReader value)
    {
        value = default;
        if (!reader.Read())
        {
            return false;
        }

        value = reader;
        return reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip();
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        BytesExamined += reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>
    /// Keeps the unread bytes and reads more of the stream, filling the window: the reader then parses again only after
    /// the window took in at least half its size, so the work stays linear however the stream hands over its bytes.
    /// When the unread bytes take more than half the window, <see cref="MakeRoom"/> first frees or adds room.
    /// </summary>
    private void ReadMore()
    {
        if (_final)
        {
            // The reader asks for more only while the block is not final; reaching here would loop forever.
            throw new InvalidOperationException("The JSON reader asked for more data after the end of the document.");
        }

        BytesExamined += _end - _start;
        if (_end - _start > _window.Length / 2)
        {
            MakeRoom();
        }

        var unread = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_window, _start, _window, 0, unread);
            _start = 0;
            _end = unread;
        }

        while (_end < _window.Length)
        {
            var read = _stream.Read(_window, _end, _window.Length - _end);
            if (read == 0)
            {
                _final = true;
                return;
            }

            _end += read;
            _bytesRead += read;
            _progress?.Report(_bytesRead);
        }
    }

    /// <summary>
    /// Frees room in a window crowded with unread bytes: white space before the next token is handed to the reader (or
    /// squeezed when it follows a token the reader cannot finish yet), a token over the limit is refused, and the window
    /// doubles when still more than half full.
    /// </summary>
    private void MakeRoom()
    {
        var reader = new Utf8JsonReader(_window.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
        var tokens = 0;
        while (reader.Read())
        {
            // Stryker disable once Update : only whether any token was read matters (zero or not)
            tokens++;
        }

        BytesExamined += _end - _start;
        if (tokens == 0 && reader.BytesConsumed > 0)
        {
            // Only white space before the next token: the reader has counted its lines; it need not be kept.
            Commit(ref reader);
        }

        // After the last whole token: white space, perhaps a comma or a colon, white space, then perhaps the start of a
        // token the window cannot hold yet. The reader may have taken in the white space after a token, or not.
        var rest = _window.AsSpan(_start + (tokens == 0 ? 0 : (int)reader.BytesConsumed), _end - _start - (tokens == 0 ? 0 : (int)reader.BytesConsumed));
        var lead = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (lead >= 0 && rest[lead] is (byte)',' or (byte)':')
        {
            var after = rest[(lead + 1)..].IndexOfAnyExcept(" \t\r\n"u8);
            lead = after < 0 ? -1 : lead + 1 + after;
        }

        if (lead < 0)
        {
            // No token has started: the white space at the end of the window lies between tokens.
            Squeeze(_start + _window.AsSpan(_start, _end - _start).LastIndexOfAnyExcept(" \t\r\n"u8) + 1);
        }
        else if (rest.Length - lead > JsonStrings.MaxTokenBytes)
        {
            throw new DocumentLimitException(JsonValueCheck.TokenTooLarge);
        }

        if (_end - _start > _window.Length / 2)
        {
            Grow();
        }
    }

    /// <summary>Squeezes the white space from <paramref name="from"/> to the end of the window to a short run with the same line end.</summary>
    private void Squeeze(int from)
    {
        var run = _window.AsSpan(from, _end - from);
        if (run.Length <= SqueezedRun + 1)
        {
            return;
        }

        var lines = run.Count((byte)'\n');
        var tail = lines == 0 ? run.Length : run.Length - run.LastIndexOf((byte)'\n') - 1;
        var kept = 0;
        if (lines > 0)
        {
            _window[from + kept++] = (byte)'\n';
            _squeezedLines += lines - 1;
        }

        var spaces = Math.Min(tail, SqueezedRun);
        _window.AsSpan(from + kept, spaces).Fill((byte)' ');
        _end = from + kept + spaces;
    }

    private void Grow()
    {
        if (_window.Length >= MaxWindow)
        {
            throw new DocumentLimitException($"one element (a claim, a fact or a top-level value) is larger than {MaxWindow >> 30} GiB; the limit refuses it");
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(MaxWindow, Math.Max(_window.Length * 2, 16)));
        var unread = _end - _start;
        Buffer.BlockCopy(_window, _start, larger, 0, unread);
        // Stryker disable once Statement : only hands the old window back to the shared pool
        ArrayPool<byte>.Shared.Return(_window);
        _window = larger;
        _start = 0;
        _end = unread;
    }

    private void SkipByteOrderMark()
    {
        // Stryker disable once Arithmetic : nothing has been read yet, so _start is 0 here
        while (!_final && _end - _start < 3)
        {
            ReadMore();
        }

        // Stryker disable once Arithmetic : nothing has been read yet, so _start is 0 here
        if (_window.AsSpan(_start, _end - _start).StartsWith(Encoding.UTF8.Preamble))
        {
            _start += Encoding.UTF8.Preamble.Length;
        }
    }

    /// <summary>Whether the document holds nothing but white space (the JSON reader would only say "no tokens").</summary>
    private bool IsBlank()
    {
        while (true)
        {
            if (_window.AsSpan(_start, _end - _start).IndexOfAnyExcept(" \t\r\n"u8) >= 0)
            {
                return false;
            }

            if (_final)
            {
                return true;
            }

            ReadMore();
        }
    }

    private string Where() => _element < 0 ? _property : JsonPath.Index(_property, _element);

    private void Problem(string path, string message) => _problems.Add(new DocumentProblem(path, message));

    /// <summary>
    /// The reader's message, with its zero-based position turned into a one-based line and byte, counting the lines of
    /// squeezed white space (the byte in a line that followed a long run of white space may be off).
    /// </summary>
    private static string NotJson(JsonException e, long squeezedLines)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return e.LineNumber is { } line && e.BytePositionInLine is { } position
            ? $"not valid JSON (line {line + 1 + squeezedLines}, byte {position + 1}): {message}"
            : $"not valid JSON: {message}";
    }
}

/// <summary>A limit of contract v1 (section 8) was exceeded: the document is refused at the current path.</summary>
internal sealed class DocumentLimitException(string message) : Exception(message);
