namespace Cpor.Rules.Cli;

/// <summary>How the decisions are written to stdout.</summary>
internal enum OutputFormat
{
    /// <summary>Tables for people, with colours when stdout is a terminal.</summary>
    Table,

    /// <summary>Exactly the decision document (interchange contract v1), nothing else.</summary>
    Json,

    /// <summary>Newline-delimited JSON: one decision per line, then one line per arbitration, then one summary line.</summary>
    Ndjson,
}
