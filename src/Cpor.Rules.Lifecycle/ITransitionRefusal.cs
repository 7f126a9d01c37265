using Cpor.Rules.Domain;

namespace Cpor.Rules.Lifecycle;

/// <summary>What every refusal of a lifecycle transition tells, whatever its type.</summary>
public interface ITransitionRefusal
{
    /// <summary>The claim the transition was refused for.</summary>
    ClaimId ClaimId { get; }

    /// <summary>Why, in English, for logs and support staff.</summary>
    string Message { get; }
}
