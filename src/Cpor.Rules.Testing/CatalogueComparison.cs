using System.Text;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Testing;

/// <summary>The sample claims whose decisions changed when your rules were added (see <see cref="CatalogueBehaviour.Compare"/>).</summary>
public sealed class CatalogueComparison
{
    internal CatalogueComparison(int claimCount, IReadOnlyList<DecisionChange> changes, IReadOnlyList<RuleFault> faults)
    {
        ClaimCount = claimCount;
        Changes = changes;
        Faults = faults;
    }

    /// <summary>How many sample claims were decided both ways.</summary>
    public int ClaimCount { get; }

    /// <summary>The changed decisions, in the sample's order; empty when every catalogue behaviour is kept.</summary>
    public IReadOnlyList<DecisionChange> Changes { get; }

    /// <summary>The rules that threw while deciding the sample with your rules (each with the claims of its session).</summary>
    public IReadOnlyList<RuleFault> Faults { get; }

    /// <summary>Asserts that no sample claim's decision changed and no rule threw.</summary>
    /// <returns>This comparison.</returns>
    /// <exception cref="CporAssertionException">Some decision changed, or a rule threw; the message lists each change and fault.</exception>
    public CatalogueComparison ShouldChangeNothing()
        => Changes.Count == 0 && Faults.Count == 0
            ? this
            : throw new CporAssertionException(
                Describe(
                    $"Expected the sample's {ClaimCount} decisions to stay as the catalogue decides them, but {Changes.Count} changed"
                    + (Faults.Count == 0 ? ":" : $" and {Faults.Count} rule fault(s) occurred:"),
                    Changes) + DescribeFaults());

    /// <summary>Asserts that the decisions that changed are those of exactly <paramref name="claimIds"/> (in any order).</summary>
    /// <param name="claimIds">The sample claim IDs whose decisions your rules are meant to change.</param>
    /// <returns>This comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claimIds"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">Other claims changed, some of <paramref name="claimIds"/> did not, or a rule threw.</exception>
    public CatalogueComparison ShouldChangeOnly(params string[] claimIds)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        var expected = claimIds.ToHashSet(StringComparer.Ordinal);
        var unexpected = Changes.Where(c => !expected.Contains(c.ClaimId)).ToList();
        var unchanged = expected.Where(id => !Changes.Any(c => c.ClaimId == id)).Order(StringComparer.Ordinal).ToList();
        if (unexpected.Count == 0 && unchanged.Count == 0 && Faults.Count == 0)
        {
            return this;
        }

        var text = new StringBuilder($"Expected only the decisions on [{string.Join(", ", claimIds)}] to change.");
        if (unchanged.Count > 0)
        {
            text.AppendLine().Append("Unchanged: ").AppendJoin(", ", unchanged).Append('.');
        }

        if (unexpected.Count > 0)
        {
            text.AppendLine().Append(Describe("Changed besides:", unexpected));
        }

        throw new CporAssertionException(text.Append(DescribeFaults()).ToString());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Changes.Count} of {ClaimCount} sample decisions changed";

    private string DescribeFaults()
        => string.Concat(Faults.Select(f => $"{Environment.NewLine}Rule {f.RuleId} threw {f.Exception.GetType().Name} on {string.Join(", ", f.Claims)}: {f.Exception.Message}"));

    private static string Describe(string heading, IEnumerable<DecisionChange> changes)
        => heading + string.Concat(changes.Select(c => Environment.NewLine + c));
}
