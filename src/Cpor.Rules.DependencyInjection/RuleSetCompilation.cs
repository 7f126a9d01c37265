namespace Cpor.Rules.DependencyInjection;

/// <summary>
/// An options type with no settings, registered with <c>ValidateOnStart</c> only so that the host's start-up
/// validation compiles the rule set: a rule of yours that cannot be compiled (a reserved or repeated id) then fails
/// start-up, like a bad option, instead of the first evaluation.
/// </summary>
internal sealed class RuleSetCompilation;
