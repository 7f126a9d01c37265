using System.Text;
using OneOf;

namespace Cpor.Rules.Serialization;

/// <summary>
/// Reads batch documents (interchange contract v1, JSON). A document that is not JSON or has the wrong shape, or whose
/// facts cannot be read, is refused as a whole with every problem and its JSON path. A claim object with bad values
/// (an unknown enum name, a malformed ID, a number where text is expected, a missing field) is not a reason to refuse:
/// the claim is read with its <see cref="Domain.Claim.DataErrors"/> and is rejected with <c>InvalidClaimData</c> (or
/// <c>NotASubscriptionId</c> for its subscription identifier) when decided.
/// </summary>
/// <remarks>
/// <para>Reading streams: the document is read in one pass through a small window of bytes, claims are turned into
/// <see cref="Domain.Claim"/>s as they are read, and repeated names share one string. Memory holds the facts and the
/// claims, never the JSON text. The top-level fields may come in any order (facts after claims is fine).</para>
/// <para>Meaning of absent values: <c>proofOfExecution</c> absent or null is no proof of execution (<c>MissingAllPoe</c>);
/// <c>customerAcknowledgedOn</c> absent or null is no acknowledgment; <c>subscriptionId</c> absent or null is none given;
/// <c>asOf</c> absent or null is no evaluation date; a fact list (<c>tenants</c>, <c>subscriptions</c>, <c>partners</c>,
/// <c>associations</c>) absent or null is empty, and so is a list inside a fact. <c>claims</c> is required.
/// Property names are matched exactly (camelCase); unknown properties are ignored. A UTF-8 byte order mark is allowed.</para>
/// <para>Hostile input (contract v1, section 8): a property name repeated in one object, nesting deeper than 64, a token
/// over 4 MiB or one element (a claim, a fact) over 1 GiB refuses the document. Text over 4,096 UTF-16 code units or not
/// valid Unicode, and control characters in identifiers, products and workloads, make the claim they are in
/// <c>InvalidClaimData</c> and refuse the document anywhere else. White space of any length streams; values repeated
/// in messages are cut at 64 characters and have control characters escaped.</para>
/// </remarks>
public static class BatchDocumentReader
{
    /// <summary>Reads a batch document from a stream of UTF-8 JSON, to its end. The stream is not closed.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="bytesRead">Told how many bytes have been read so far, as reading goes on; defaults to none.</param>
    /// <returns>The document, or the refusal listing every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static OneOf<BatchDocument, DocumentRefused> Read(Stream utf8Json, IProgress<long>? bytesRead = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var parser = new BatchDocumentParser(utf8Json, bytesRead);
        return parser.Parse();
    }

    /// <summary>Reads a batch document from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The document, or the refusal listing every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static OneOf<BatchDocument, DocumentRefused> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Stryker disable once Boolean : the reader never writes to the stream it reads
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json), writable: false);
        return Read(stream);
    }
}
