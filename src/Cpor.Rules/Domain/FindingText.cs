namespace Cpor.Rules.Domain;

/// <summary>The words a finding is shown with, in one language.</summary>
/// <param name="Title">A short title, a few words.</param>
/// <param name="Message">What is wrong, in a sentence or two, without placeholders: <see cref="Finding.Text"/> appends the finding's detail, if any, in parentheses.</param>
/// <param name="Remediation">What the partner should do next.</param>
public sealed record FindingText(string Title, string Message, string Remediation);
