using System.Text;

namespace Assessment.LoadDriver.Circuit;

/// <summary>An attribute as a render batch carries it: a string value, or the id of the event handler it names.</summary>
public sealed record FrameAttribute(string Name, string? Value, ulong EventHandlerId);

/// <summary>What one component's diff in a batch changed, reduced to what the driver reads: the attributes it set.</summary>
public sealed record ComponentDiff(int ComponentId, IReadOnlyList<FrameAttribute> Attributes, IReadOnlyList<int> Children);

/// <summary>
/// Reads the binary render batch Blazor Server sends ("JS.RenderBatch"), as RenderBatchWriter in
/// Microsoft.AspNetCore.Components.Server writes it: diffs (component id, edits of 16 bytes), reference frames of
/// 20 bytes each, disposed ids, and a string table; five offsets at the end. Only attributes are kept: the driver
/// finds an item's inputs by their attributes and a save's outcome by the item's data-outcomes (ItemOutcomes).
/// </summary>
public static class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;
    private const int Element = 1, Attribute = 3, Component = 4, Region = 5;
    private const int PrependFrame = 1, SetAttribute = 3;

    public static (IReadOnlyList<ComponentDiff> Diffs, IReadOnlyList<int> Disposed) Read(byte[] batch)
    {
        var end = batch.Length;
        int Int(int at) => BitConverter.ToInt32(batch, at);
        var diffsTable = Int(end - 20);
        var framesOffset = Int(end - 16);
        var stringTable = Int(end - 4);

        string? Str(int index)
        {
            if (index < 0) return null;
            var at = Int(stringTable + 4 * index);
            // BinaryWriter.Write(string): 7-bit encoded length, then UTF-8.
            int length = 0, shift = 0;
            byte b;
            do { b = batch[at++]; length |= (b & 0x7F) << shift; shift += 7; } while ((b & 0x80) != 0);
            return Encoding.UTF8.GetString(batch, at, length);
        }

        var frameCount = Int(framesOffset);
        int FrameAt(int i) => framesOffset + 4 + i * FrameSize;
        int TypeOf(int i) => Int(FrameAt(i));
        FrameAttribute AttributeAt(int i)
        {
            var at = FrameAt(i);
            return new FrameAttribute(Str(Int(at + 4)) ?? "", Str(Int(at + 8)), BitConverter.ToUInt64(batch, at + 12));
        }

        void Subtree(int i, List<FrameAttribute> into, List<int> children)
        {
            var type = TypeOf(i);
            if (type == Attribute) { into.Add(AttributeAt(i)); return; }
            if (type == Component) children.Add(Int(FrameAt(i) + 8));
            var length = type is Element or Component or Region ? Int(FrameAt(i) + 4) : 1;
            for (var j = i + 1; j < i + length && j < frameCount; j++)
            {
                var t = TypeOf(j);
                if (t == Attribute) into.Add(AttributeAt(j));
                else if (t == Component) children.Add(Int(FrameAt(j) + 8));
            }
        }

        var diffs = new List<ComponentDiff>();
        var diffCount = Int(diffsTable);
        for (var d = 0; d < diffCount; d++)
        {
            var at = Int(diffsTable + 4 + 4 * d);
            var componentId = Int(at);
            var edits = Int(at + 4);
            var attributes = new List<FrameAttribute>();
            var children = new List<int>();
            for (var e = 0; e < edits; e++)
            {
                var edit = at + 8 + e * EditSize;
                var type = Int(edit);
                var frame = Int(edit + 8);
                if (type is PrependFrame or SetAttribute && frame >= 0 && frame < frameCount) Subtree(frame, attributes, children);
            }
            diffs.Add(new ComponentDiff(componentId, attributes, children));
        }
        var disposedAt = Int(end - 12);
        var disposed = Enumerable.Range(0, Int(disposedAt)).Select(i => Int(disposedAt + 4 + 4 * i)).ToList();
        return (diffs, disposed);
    }
}
