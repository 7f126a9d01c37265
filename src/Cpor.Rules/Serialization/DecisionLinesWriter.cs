using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization.Contract;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Writes the decision document as newline-delimited JSON (NDJSON), for pipelines that handle one record at a time:
/// one line per decision (the same object as an entry of <c>decisions</c>), in input order, then one line per
/// arbitration (an entry of <c>arbitrations</c>), then one last line <c>{"ruleSet":…,"asOf":…,"summary":{…}}</c>.
/// Each line is handed to the stream as soon as it is complete: nothing waits for the end of the batch.
/// </summary>
/// <remarks>
/// A line's kind shows in its properties: a decision has <c>claimId</c> and <c>outcome</c>, an arbitration
/// <c>ranking</c>, the last line <c>summary</c>. Lines end with <c>\n</c>; text outside ASCII is written as is.
/// </remarks>
public static class DecisionLinesWriter
{
    /// <summary>Writes the lines to a stream as UTF-8 (no byte order mark). The stream is flushed, not closed.</summary>
    /// <param name="result">The decisions.</param>
    /// <param name="utf8Lines">Where to write.</param>
    /// <param name="culture">The language of titles, messages and remediation: Korean for any <c>ko</c> culture, English otherwise.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Writing the stream failed.</exception>
    public static void Write(BatchResult result, Stream utf8Lines, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Lines);
        ArgumentNullException.ThrowIfNull(culture);
        var context = DecisionJsonContext.Default;
        using var writer = new Utf8JsonWriter(utf8Lines, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var i = 0; i < result.Decisions.Count; i++)
        {
            var decision = result.DecisionToWrite(i);
            JsonSerializer.Serialize(writer, DecisionDocumentWriter.Contract(decision, culture), context.DecisionContract);
            EndLine(writer, utf8Lines);
        }

        foreach (var contest in result.Arbitrations)
        {
            JsonSerializer.Serialize(writer, DecisionDocumentWriter.Contract(contest), context.ArbitrationContract);
            EndLine(writer, utf8Lines);
        }

        writer.WriteStartObject();
        DecisionDocumentWriter.WriteRuleSetAndDate(result, writer);
        writer.WritePropertyName("summary");
        JsonSerializer.Serialize(writer, result.Summary, context.BatchSummary);
        writer.WriteEndObject();
        EndLine(writer, utf8Lines);
        // Stryker disable once Statement : disposing the Utf8JsonWriter at the end of the method flushes the stream as well
        utf8Lines.Flush();
    }

    private static void EndLine(Utf8JsonWriter writer, Stream stream)
    {
        writer.Flush();
        stream.Write("\n"u8);
        writer.Reset(stream);
    }
}
