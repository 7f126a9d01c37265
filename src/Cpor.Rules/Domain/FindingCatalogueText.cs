namespace Cpor.Rules.Domain;

// PLACEHOLDER: being written (English and Korean texts for every catalogue code).
internal static class FindingCatalogueText
{
    public static FindingText English(int code) => new("TODO", "TODO", "TODO");

    public static FindingText Korean(int code) => new("TODO", "TODO", "TODO");
}
