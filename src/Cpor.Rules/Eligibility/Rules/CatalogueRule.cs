using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// A rule of the published catalogue: an NRules rule whose <c>[Name]</c> is its rule id, reporting one finding code.
/// Conditions are calls into the domain types over one fact (<see cref="ClaimFact"/> or <see cref="LineFact"/>), so
/// no catalogue rule joins two fact sets.
/// </summary>
internal abstract class CatalogueRule(FindingCode code, RuleScope scope, string basis) : Rule
{
    /// <summary>The code this rule reports.</summary>
    public FindingCode Code { get; } = code;

    /// <summary>Whether the rule judges the whole claim or each line.</summary>
    public RuleScope Scope { get; } = scope;

    /// <summary>What the rule checks, when it depends on the options (as CPOR-019's age limit does); otherwise the <c>[Description]</c> is used.</summary>
    public virtual string? Description => null;

    /// <summary>Where the rule comes from (DOMAIN.md's basis column).</summary>
    public string Basis { get; } = basis;

    /// <summary>The rule's metadata, as its rule set lists it; set once when the rule set is compiled.</summary>
    public RuleMetadata Metadata { get; set; } = null!;
}
