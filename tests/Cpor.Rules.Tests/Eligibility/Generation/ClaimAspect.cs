namespace Cpor.Rules.Tests.Eligibility.Generation;

/// <summary>
/// The parts of a claim and its facts that a <see cref="ClaimDefect"/> changes or relies on. Two defects combine
/// only when neither changes what the other changes or relies on: then each still reports its own codes.
/// </summary>
[Flags]
public enum ClaimAspect
{
    None = 0,
    Tenant = 1 << 0,
    Domain = 1 << 1,
    Role = 1 << 2,
    PartnerId = 1 << 3,
    PartnerReadable = 1 << 4,
    Activity = 1 << 5,
    Poe = 1 << 6,
    PoeDate = 1 << 7,
    PoeService = 1 << 8,
    PoeProducts = 1 << 9,
    PoeEntries = 1 << 10,
    ClaimId = 1 << 11,
    SubmittedOn = 1 << 12,
    SubscriptionId = 1 << 13,
    Channel = 1 << 14,
    Dynamics = 1 << 15,
    State = 1 << 16,
    Association = 1 << 17,
    AbsentLine = 1 << 18,
    AmbiguousLine = 1 << 19,
    DuplicateLine = 1 << 20,
}
