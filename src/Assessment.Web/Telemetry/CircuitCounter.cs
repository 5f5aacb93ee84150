using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Assessment.Web.Telemetry;

/// <summary>Counts open circuits: opened when a tab connects, closed when its circuit is torn down (not on a mere disconnect).</summary>
public sealed class CircuitCounter : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        WebMetrics.CircuitOpened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        WebMetrics.CircuitClosed();
        return Task.CompletedTask;
    }
}
