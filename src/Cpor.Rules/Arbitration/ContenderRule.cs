using Cpor.Rules.Domain;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Arbitration;

/// <summary>
/// CPOR-D03: a keyed line with no Blocking and no ActionRequired finding (its own or its claim's) is eligible and
/// contends for its key. Advisories do not matter. Runs once every rule that reports findings has fired, consumers'
/// own rules included: the library inserts the contenders after those rules, and only for keys that another party
/// also claims (another line of the batch, or the incumbent); a line alone on its key has nobody to contend with.
/// </summary>
[Name("CPOR-D03"), Tag("derivation"), Tag("arbitration")]
[Description("An eligible line (no Blocking or ActionRequired finding on it or its claim) contends for its association key.")]
internal sealed class ContenderRule : Rule
{
    public override void Define()
    {
        Contender contender = null!;
        When().Match(() => contender, c => c.Fact != null && !c.Fact.Claim.Disqualifies(c.Fact.Line.Index));
        Then().Do(_ => Admit(contender));
    }

    private static void Admit(Contender contender) => contender.IsAdmitted = true;
}
