using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Services;
using Assessment.Web.Tests.EndToEnd;
using Bunit;

namespace Assessment.Web.Tests.Components.Charts;

/// <summary>Literal dashboards on the real external instrument (layers interface, process, safeguard, value), for chart tests.</summary>
public static class ChartFixtures
{
    public static readonly DashboardRound Round = new(7, "2026 外部评估", RoundStatus.Published, RoundMode.ExternalEvaluation, "egov-iceberg-external", "2026.1", false, "");

    public static Instrument Instrument { get; } =
        InstrumentLoader.LoadFile(Path.Combine(AppServer.RepositoryRoot(), "instruments", "egov-iceberg-external-2026.1.yaml")).Instrument
        ?? throw new InvalidOperationException("the external instrument did not load");

    public static DashboardRow Row(int rank, string code, string nameZh, double? technology, double? organization, Quadrant? quadrant,
        double?[]? layers = null, IReadOnlyDictionary<string, double?>? indicators = null, double? composite = null) =>
        new(rank, new Jurisdiction(code, nameZh, nameZh + " (en)", "prefecture", "city", null), null,
            new ScoreResult(composite, 1, null, technology, organization, quadrant,
                Instrument.Layers.Select((l, i) => (l.Id, Value: layers is null ? null : layers[i])).ToDictionary(x => x.Id, x => x.Value),
                indicators ?? new Dictionary<string, double?>()));

    public static RoundDashboard Dashboard(params DashboardRow[] rows) => new(Round, Instrument, rows);

    public static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>An SVG points list ("x,y x,y ...") as numbers.</summary>
    public static (double X, double Y)[] PointList(string points) => points.Split(' ')
        .Select(p => p.Split(',')).Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture))).ToArray();

    /// <summary>The rendered table view: each body row's cell texts.</summary>
    public static List<string[]> TableRows<T>(IRenderedComponent<T> cut) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll(".data-table table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => Squash(td.TextContent)).ToArray()).ToList();

    public static string Squash(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
