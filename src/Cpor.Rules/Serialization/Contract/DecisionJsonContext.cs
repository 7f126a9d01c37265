using System.Text.Json.Serialization;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Serialization.Converters;

namespace Cpor.Rules.Serialization.Contract;

/// <summary>
/// Source-generated serialization of the decision document's parts: camelCase names, smart enums by contract name,
/// identifiers as text, dates as <c>yyyy-MM-dd</c>, and nulls written out (the contract shows <c>"severity": null</c>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    GenerationMode = JsonSourceGenerationMode.Default,
    Converters =
    [
        typeof(SmartEnumNameConverter<OutcomeKind>),
        typeof(SmartEnumNameConverter<FindingCode>),
        typeof(SmartEnumNameConverter<Severity>),
        typeof(SmartEnumNameConverter<ArbitrationVerdict>),
        typeof(TenantIdConverter),
        typeof(SubscriptionIdConverter),
        typeof(PartnerIdConverter),
        typeof(ClaimIdConverter),
    ])]
[JsonSerializable(typeof(DecisionContract))]
[JsonSerializable(typeof(ArbitrationContract))]
[JsonSerializable(typeof(BatchSummary))]
internal sealed partial class DecisionJsonContext : JsonSerializerContext;
