namespace Cpor.Rules.Engine;

/// <summary>A rule set that cannot be compiled: duplicate ids, a rule without an action, or a cycle through derived fact types.</summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleSetException()
    {
    }

    /// <summary>Creates the exception with a message that says what is wrong and which rules are involved.</summary>
    public RuleSetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
