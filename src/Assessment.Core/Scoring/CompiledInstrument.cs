using System.Runtime.CompilerServices;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>
/// An instrument flattened once into arrays (item -> indicator -> layer positions, weights, axes), so scoring
/// thousands of jurisdictions walks arrays instead of rebuilding the tree's lookups on every call.
/// </summary>
internal sealed class CompiledInstrument
{
    // Keyed by reference: an instrument is immutable once loaded, and the entry dies with the instrument.
    private static readonly ConditionalWeakTable<Instrument, CompiledInstrument> Cache = new();

    public static CompiledInstrument For(Instrument instrument) => Cache.GetValue(instrument, i => new CompiledInstrument(i));

    public Instrument Instrument { get; }

    public Item[] Items { get; }
    public string[] ItemLayerIds { get; }
    public string[] ItemIndicatorIds { get; }
    public int[] ItemIndicator { get; }
    public double[] ItemWeight { get; }
    public Axis[] ItemAxis { get; }
    public int ScoredItemCount { get; }

    public int[] IndicatorLayer { get; }
    public double[] IndicatorWeight { get; }
    public double[] LayerWeight { get; }

    /// <summary>Indicator ids to positions, shared by every result's indicator dictionary.</summary>
    public ScoreIndex IndicatorIndex { get; }
    public ScoreIndex LayerIndex { get; }

    /// <summary>The instrument's own weights, in the shape <see cref="Scorer"/> aggregates with.</summary>
    public ScoringWeights Weights { get; }

    public Stage[] Stages { get; }
    public QuadrantThresholds Thresholds { get; }

    private CompiledInstrument(Instrument instrument)
    {
        Instrument = instrument;
        var items = new List<Item>();
        var itemLayerIds = new List<string>();
        var itemIndicatorIds = new List<string>();
        var itemIndicator = new List<int>();
        var indicatorIds = new List<string>();
        var indicatorLayer = new List<int>();
        var indicatorWeight = new List<double>();

        for (var l = 0; l < instrument.Layers.Count; l++)
        {
            var layer = instrument.Layers[l];
            foreach (var indicator in layer.Indicators)
            {
                var position = indicatorIds.Count;
                indicatorIds.Add(indicator.Id);
                indicatorLayer.Add(l);
                indicatorWeight.Add(indicator.Weight);
                foreach (var item in indicator.Items)
                {
                    items.Add(item);
                    itemLayerIds.Add(layer.Id);
                    itemIndicatorIds.Add(indicator.Id);
                    itemIndicator.Add(position);
                }
            }
        }

        Items = [.. items];
        ItemLayerIds = [.. itemLayerIds];
        ItemIndicatorIds = [.. itemIndicatorIds];
        ItemIndicator = [.. itemIndicator];
        ItemWeight = [.. items.Select(i => i.Weight)];
        ItemAxis = [.. items.Select(i => i.Axis)];
        ScoredItemCount = items.Count(i => i.IsScored);
        IndicatorLayer = [.. indicatorLayer];
        IndicatorWeight = [.. indicatorWeight];
        LayerWeight = [.. instrument.Layers.Select(l => l.Weight)];
        IndicatorIndex = new ScoreIndex([.. indicatorIds]);
        LayerIndex = new ScoreIndex([.. instrument.Layers.Select(l => l.Id)]);
        Weights = new ScoringWeights(LayerWeight, IndicatorWeight, ItemWeight);
        Stages = [.. instrument.Stages];
        Thresholds = instrument.Thresholds;
    }
}
