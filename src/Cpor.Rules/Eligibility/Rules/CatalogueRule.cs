using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>A rule of the published catalogue: its id, name and severity come from the finding code it reports.</summary>
internal abstract class CatalogueRule : Rule
{
    protected CatalogueRule(FindingCode code, RuleScope scope, string description, string basis)
    {
        Code = code;
        Scope = scope;
        Metadata = new RuleMetadata(code.RuleId, code.Name)
        {
            Description = description,
            Basis = basis,
            Tags = [scope == RuleScope.Claim ? "claim" : "line", code.Severity?.Name ?? "Review"],
        };
    }

    /// <summary>The code this rule reports.</summary>
    public FindingCode Code { get; }

    /// <summary>Whether the rule judges the whole claim or each line.</summary>
    public RuleScope Scope { get; }

    /// <inheritdoc />
    public override RuleMetadata Metadata { get; }

    protected Finding On(Claim claim, string? detail = null) => new(Code, claim, null, detail);

    protected Finding On(ClaimLine line, string? detail = null) => new(Code, line.Claim, line, detail);
}
