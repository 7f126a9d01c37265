// Writes a large, realistic batch document (interchange contract v1) for measuring the command-line tool.
// A .NET 10 file-based app: dotnet run tools/generate-batch.cs -- [CLAIMS] [FILE]
// Defaults: 1,000,000 claims to big.json (git-ignored). Deterministic (fixed seed). Never commit the output.
// Exit codes: 0 written, 2 bad arguments or a file that cannot be written (the message says why).
using System.Globalization;
using System.Text.Json;

const string Usage = "usage: dotnet run tools/generate-batch.cs -- [CLAIMS] [FILE]   (CLAIMS: 1 to 100,000,000; default 1,000,000; FILE default big.json)";
if (args.Length > 2)
{
    return Refuse($"expected at most two arguments, got {args.Length}");
}

var claims = 1_000_000;
if (args.Length > 0 && !(int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out claims) && claims is >= 1 and <= 100_000_000))
{
    return Refuse($"CLAIMS must be a whole number from 1 to 100,000,000, not '{args[0]}'");
}

var path = args.Length > 1 ? args[1] : "big.json";
FileStream stream;
try
{
    stream = File.Create(path);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
{
    return Refuse($"cannot write {path}: {e.Message}");
}
var random = new Random(20200905);
var tenants = Math.Max(1, claims / 10);
const int Partners = 1_000;
string[] dynamics = ["Dynamics 365 Sales", "Dynamics 365 Customer Service", "Dynamics 365 Field Service"];
string[] channels = ["VolumeLicensing", "WebDirect", "Csp"];
string[] states = ["Active", "Active", "Active", "Active", "InGrace", "Pending", "Suspended"];
string[] workloads = ["Teams", "Exchange", "SharePoint"];
string[] roles = ["IncentivesAdmin", "IncentivesAdmin", "GlobalAdmin", "BillingAdmin", "IncentivesUser"];
var origin = new DateOnly(2020, 1, 1);

static string Tenant(int t) => $"{t:x8}-0000-4000-8000-{t:x12}";
static string Subscription(int t, int s) => $"{t:x8}-{s:x4}-4000-9000-{t:x12}";
static string Partner(int p) => (4_400_000 + p).ToString(CultureInfo.InvariantCulture);
string Date(int days) => origin.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

using var output = stream;
using var json = new Utf8JsonWriter(stream);
json.WriteStartObject();
json.WriteString("asOf", "2020-10-05");
json.WriteStartArray("tenants");
for (var t = 1; t <= tenants; t++)
{
    json.WriteStartObject();
    json.WriteString("tenantId", Tenant(t));
    json.WriteStartArray("domains");
    json.WriteStringValue($"customer{t}.onmicrosoft.com");
    json.WriteStringValue($"customer{t}.com");
    json.WriteEndArray();
    json.WriteStartArray("workloads");
    foreach (var workload in workloads)
    {
        json.WriteStringValue(workload);
    }

    json.WriteEndArray();
    json.WriteEndObject();
    Flush();
}

json.WriteEndArray();
json.WriteStartArray("subscriptions");
for (var t = 1; t <= tenants; t++)
{
    for (var s = 0; s < dynamics.Length; s++)
    {
        json.WriteStartObject();
        json.WriteString("subscriptionId", Subscription(t, s));
        json.WriteString("tenantId", Tenant(t));
        json.WriteString("product", dynamics[s]);
        json.WriteBoolean("isDynamics", true);
        json.WriteString("channel", channels[random.Next(channels.Length) == 2 && random.Next(4) > 0 ? 0 : random.Next(channels.Length)]);
        json.WriteString("state", states[random.Next(states.Length)]);
        json.WriteEndObject();
    }

    Flush();
}

json.WriteEndArray();
json.WriteStartArray("partners");
for (var p = 1; p <= Partners; p++)
{
    json.WriteStartObject();
    json.WriteString("partnerId", Partner(p));
    json.WriteString("account", p % 100 == 0 ? "Global" : "Location");
    json.WriteStartArray("enrolledIn");
    json.WriteStringValue("BusinessApplications");
    if (p % 3 != 0)
    {
        json.WriteStringValue("Microsoft365");
    }

    json.WriteEndArray();
    json.WriteEndObject();
}

json.WriteEndArray();
json.WriteStartArray("associations");
for (var t = 1; t <= tenants; t += 5)
{
    json.WriteStartObject();
    json.WriteString("partnerId", Partner(random.Next(1, Partners + 1)));
    json.WriteString("tenantId", Tenant(t));
    json.WriteString("solutionArea", "BusinessApplications");
    json.WriteString("subscriptionId", Subscription(t, 0));
    json.WriteNull("workload");
    json.WriteString("activity", "Usage");
    json.WriteString("approvedOn", Date(40));
    json.WriteString("poeAcknowledgedOn", Date(random.Next(0, 30)));
    json.WriteEndObject();
    Flush();
}

json.WriteEndArray();
json.WriteStartArray("claims");
for (var c = 1; c <= claims; c++)
{
    var t = random.Next(1, tenants + 1);
    var m365 = random.Next(10) < 3;
    var product = m365 ? workloads[random.Next(workloads.Length)] : dynamics[random.Next(dynamics.Length)];
    var submitted = random.Next(230, 275);
    json.WriteStartObject();
    json.WriteString("claimId", $"C-{c:D7}");
    json.WriteString("partnerId", random.Next(200) == 0 ? "44-0001" : Partner(random.Next(1, Partners + 1)));
    json.WriteString("submittedBy", roles[random.Next(roles.Length)]);
    json.WriteString("tenantId", random.Next(500) == 0 ? Tenant(tenants + 1) : Tenant(t));
    json.WriteString("customerDomain", random.Next(100) == 0 ? "elsewhere.example.com" : $"customer{t}.com");
    json.WriteString("solutionArea", m365 ? "Microsoft365" : "BusinessApplications");
    json.WriteString("activity", m365 ? "Usage" : random.Next(3) switch { 0 => "PreSales", 1 => "Usage", _ => "RevenueAssociation" });
    json.WriteStartArray("products");
    json.WriteStringValue(product);
    json.WriteEndArray();
    if (!m365 && random.Next(4) == 0)
    {
        json.WriteString("subscriptionId", Subscription(t, Array.IndexOf(dynamics, product)));
    }
    else
    {
        json.WriteNull("subscriptionId");
    }

    json.WriteString("submittedOn", Date(submitted));
    if (random.Next(20) == 0)
    {
        json.WriteNull("proofOfExecution");
    }
    else
    {
        json.WriteStartObject("proofOfExecution");
        json.WriteString("customerAcknowledgedOn", Date(submitted - random.Next(1, 400)));
        json.WriteBoolean("describesPartnerService", random.Next(30) > 0);
        json.WriteStartArray("products");
        json.WriteStringValue(product);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    json.WriteEndObject();
    Flush();
}

json.WriteEndArray();
json.WriteEndObject();
json.Flush();
Console.WriteLine($"{path}: {claims:N0} claims over {tenants:N0} tenants, {stream.Length:N0} bytes");
return 0;

static int Refuse(string message)
{
    Console.Error.WriteLine($"generate-batch: {message}");
    Console.Error.WriteLine(Usage);
    return 2;
}

void Flush()
{
    if (json.BytesPending > 1 << 16)
    {
        json.Flush();
    }
}
