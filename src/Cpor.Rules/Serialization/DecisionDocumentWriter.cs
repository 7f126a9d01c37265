using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization.Contract;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Writes decision documents (interchange contract v1, JSON): <c>ruleSet</c>, <c>asOf</c>, one entry in
/// <c>decisions</c> per claim in input order, <c>arbitrations</c> and <c>summary</c>. Decisions are written one at a
/// time, each handed to the stream as soon as it is written, so the document is never held in memory as a whole.
/// </summary>
/// <remarks>
/// Beyond the contract's must-have fields it writes a few that add information without changing meaning: each finding's
/// <c>title</c> and <c>retryable</c>, each line's <c>workload</c>, each ranking entry's <c>incumbent</c> (also for
/// claimants, as <see langword="false"/>) and <c>poeAcknowledgedOn</c>. A decision's <c>claimId</c> is the claim's ID,
/// or, when that could not be read, the text given for it (or null when there was none).
/// </remarks>
public static class DecisionDocumentWriter
{
    /// <summary>The contract name of the field holding a claim's ID, as data errors name it.</summary>
    private const string ClaimIdField = "claimId";

    /// <summary>
    /// Writes the decision document to a stream as UTF-8 (no byte order mark). Text outside ASCII (Korean messages)
    /// is written as is, not escaped. The stream is flushed, not closed.
    /// </summary>
    /// <param name="result">The decisions.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <param name="culture">The language of titles, messages and remediation: Korean for any <c>ko</c> culture, English otherwise.</param>
    /// <param name="indented">Whether to indent the JSON (two spaces, <c>\n</c> line ends); defaults to <see langword="false"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing the stream failed.</exception>
    public static void Write(BatchResult result, Stream utf8Json, CultureInfo culture, bool indented = false)
    {
        // Stryker disable once Statement : the writer overload called next checks result with the same parameter name before anything is written
        ArgumentNullException.ThrowIfNull(result);
        // Stryker disable once Statement : new Utf8JsonWriter(utf8Json, ...) throws the same ArgumentNullException for utf8Json
        ArgumentNullException.ThrowIfNull(utf8Json);
        // Stryker disable once Statement : the writer overload called next checks culture with the same parameter name before anything is written
        ArgumentNullException.ThrowIfNull(culture);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions
        {
            Indented = indented,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Write(result, writer, culture);
    }

    /// <summary>
    /// Writes the decision document as the next value of <paramref name="writer"/>, flushing it after each decision and arbitration
    /// and at the end. The writer's own options (indentation, escaping) apply.
    /// </summary>
    /// <param name="result">The decisions.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="culture">The language of titles, messages and remediation: Korean for any <c>ko</c> culture, English otherwise.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(BatchResult result, Utf8JsonWriter writer, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(culture);
        var context = DecisionJsonContext.Default;

        writer.WriteStartObject();
        WriteRuleSetAndDate(result, writer);
        writer.WriteStartArray("decisions");
        for (var i = 0; i < result.Decisions.Count; i++)
        {
            var decision = result.DecisionToWrite(i);
            // The serializer flushes the writer after each value: the decision reaches the stream here.
            JsonSerializer.Serialize(writer, Contract(decision, culture), context.DecisionContract);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("arbitrations");
        foreach (var contest in result.Arbitrations)
        {
            JsonSerializer.Serialize(writer, Contract(contest), context.ArbitrationContract);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("summary");
        JsonSerializer.Serialize(writer, result.Summary, context.BatchSummary);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes <c>ruleSet</c> and <c>asOf</c> (null when there is no evaluation date) into the open object.</summary>
    internal static void WriteRuleSetAndDate(BatchResult result, Utf8JsonWriter writer)
    {
        writer.WriteString("ruleSet", result.RuleSet);
        if (result.AsOf is { } asOf)
        {
            writer.WriteString("asOf", IsoDate.Format(asOf));
        }
        else
        {
            writer.WriteNull("asOf");
        }
    }

    internal static DecisionContract Contract(ClaimDecision decision, CultureInfo culture)
    {
        var findings = new FindingContract[decision.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var finding = decision.Findings[i];
            var text = finding.Text(culture);
            findings[i] = new FindingContract(
                finding.RuleId,
                finding.Code,
                finding.Severity,
                finding.Product,
                text.Title,
                text.Message,
                text.Remediation,
                finding.Code.IsRetryable);
        }

        var lines = new LineContract[decision.LineCount];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = decision.LineAt(i);
            lines[i] = new LineContract(line.Product, line.SubscriptionId, line.Workload, line.Outcome);
        }

        return new DecisionContract(ClaimIdText(decision), decision.Kind, findings, lines);
    }

    internal static ArbitrationContract Contract(ArbitrationResult contest)
    {
        var ranking = new RankingEntryContract[contest.Ranking.Count];
        for (var i = 0; i < ranking.Length; i++)
        {
            var place = contest.Ranking[i];
            var contender = place.Contender;
            ranking[i] = new RankingEntryContract(
                place.Rank,
                contender.ClaimId,
                contender.PartnerId,
                contender.IsIncumbent,
                place.SeparatedBy,
                contender.PoeAcknowledgedOn);
        }

        return new ArbitrationContract(contest.Key.TenantId, contest.Key.SubscriptionId, contest.Key.Workload, ranking, contest.Verdict);
    }

    /// <summary>The claim's ID, or the text given for it when that is not a valid ID, so that every claim can be found.</summary>
    private static string? ClaimIdText(ClaimDecision decision)
    {
        if (decision.ClaimId is { } id)
        {
            return id.Value;
        }

        foreach (var error in decision.Claim.DataErrors)
        {
            if (error.Field == ClaimIdField)
            {
                return error.Value;
            }
        }

        return null;
    }
}
