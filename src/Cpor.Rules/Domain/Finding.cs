using System.Globalization;

namespace Cpor.Rules.Domain;

/// <summary>
/// One reason a claim, or one line of it, is not (or not fully) eligible, or an advisory about it. A finding on a
/// line concerns that line; a finding without a line concerns the whole claim and applies to every line.
/// </summary>
public sealed class Finding
{
    // The detail's text, or a ClaimDetail that makes it on the first read (and is then replaced by the text).
    private object? _detail;

    /// <summary>Creates a finding.</summary>
    /// <param name="code">The finding code.</param>
    /// <param name="claim">The claim it concerns.</param>
    /// <param name="line">The line it concerns; <see langword="null"/> for the whole claim (the default).</param>
    /// <param name="detail">
    /// Culture-neutral specifics shown after the message, such as the value at fault: a <see cref="string"/>, or a
    /// <see cref="ClaimDetail"/> that makes them from <paramref name="claim"/>; defaults to none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="claim"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="line"/> belongs to another claim, or <paramref name="detail"/> is neither.</exception>
    internal Finding(FindingCode code, Claim claim, ClaimLine? line = null, object? detail = null)
    {
        Code = Guard.NotNull(code);
        Claim = Guard.NotNull(claim);
        if (line is not null && !ReferenceEquals(line.Claim, claim))
        {
            throw new ArgumentException("The line belongs to another claim.", nameof(line));
        }

        Line = line;
        _detail = detail is null or string or ClaimDetail
            ? detail
            : throw new ArgumentException("A detail is a string or a ClaimDetail.", nameof(detail));
    }

    /// <summary>The finding code.</summary>
    public FindingCode Code { get; }

    /// <summary>The claim it concerns.</summary>
    public Claim Claim { get; }

    /// <summary>The line it concerns; <see langword="null"/> when it concerns the whole claim.</summary>
    public ClaimLine? Line { get; }

    /// <summary>Culture-neutral specifics, such as the value at fault; may be <see langword="null"/>.</summary>
    public string? Detail
    {
        get
        {
            var detail = Volatile.Read(ref _detail);
            if (detail is ClaimDetail deferred)
            {
                // Two threads may both make it; the texts are equal.
                var text = deferred.Of(Claim);
                Volatile.Write(ref _detail, text);
                return text;
            }

            return (string?)detail;
        }
    }

    /// <summary>The detail as given: its text, or the <see cref="ClaimDetail"/> that makes it (not made here).</summary>
    internal object? DetailSource => Volatile.Read(ref _detail);

    /// <summary>The id of the rule that reported it (the code's rule id).</summary>
    public string RuleId => Code.RuleId;

    /// <summary>The severity; <see langword="null"/> only for <see cref="FindingCode.CompetingClaimUnderReview"/>.</summary>
    public Severity? Severity => Code.Severity;

    /// <summary>The product or workload of the line; <see langword="null"/> for a claim-level finding.</summary>
    public string? Product => Line?.Product;

    /// <summary>
    /// The title, message and remediation in the language of <paramref name="culture"/>: Korean for any <c>ko</c>
    /// culture, English otherwise. The <see cref="Detail"/>, if any, follows the message in parentheses.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public FindingText Text(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = FindingTexts.For(Code, culture);
        return Detail is null ? text : text with { Message = $"{text.Message} ({Detail})" };
    }

    /// <inheritdoc />
    public override string ToString()
        => $"{RuleId} {Code.Name}{(Line is null ? string.Empty : $" [{Line.Product}]")}{(Detail is null ? string.Empty : $": {Detail}")}";
}
