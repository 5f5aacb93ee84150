using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>
/// One namespace of ids (layers, indicators and items share one; stages another; each item's option keys
/// another). A repeat is reported at the second place and names the first, so both can be found.
/// </summary>
/// <param name="rule">Says where the name must be unique, e.g. "layer, indicator and item ids are unique in the instrument".</param>
internal sealed class IdRegistry(ProblemList problems, string what, string rule)
{
    private readonly Dictionary<string, (YamlNode Node, string Path)> seen = new(StringComparer.Ordinal);

    public void Register(string? id, YamlNode? node, string path)
    {
        if (id is null || node is null) return;
        if (seen.TryGetValue(id, out var first))
        {
            problems.Add(node, path,
                $"duplicate {what} '{id}' (first defined at line {first.Node.Start.Line}, column {first.Node.Start.Column}, " +
                $"{first.Path}); {rule}");
            return;
        }
        seen[id] = (node, path);
    }
}
