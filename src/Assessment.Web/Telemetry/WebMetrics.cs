using System.Diagnostics.Metrics;
using Assessment.Data.Telemetry;

namespace Assessment.Web.Telemetry;

/// <summary>The web app's own metrics, on the same meter as the store's. No user names or addresses in tags.</summary>
public static class WebMetrics
{
    private static readonly Meter Meter = new(StoreMetrics.MeterName);

    private static readonly UpDownCounter<long> OpenCircuits = Meter.CreateUpDownCounter<long>(
        "assessment.circuits.open", unit: "{circuit}", description: "Interactive server circuits open now (one per browser tab)");

    private static readonly Counter<long> SignInFailures = Meter.CreateCounter<long>(
        "assessment.signin.failures", unit: "{attempt}", description: "Refused sign-in attempts (wrong password, unknown user, locked or disabled account)");

    public static void CircuitOpened() => OpenCircuits.Add(1);

    public static void CircuitClosed() => OpenCircuits.Add(-1);

    public static void SignInFailed() => SignInFailures.Add(1);
}
