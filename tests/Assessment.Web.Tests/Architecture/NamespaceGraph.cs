using System.Reflection;
using System.Reflection.Emit;

namespace Assessment.Web.Tests.Architecture;

/// <summary>
/// Which parts of an assembly refer to which, read from the compiled code: base types, interfaces, the types of
/// fields, properties and parameters, and every type, method and field the method bodies' IL names (so a call inside a
/// lambda or a generic argument counts as much as a signature). A type belongs to the part of its outermost declaring
/// type (closures and state machines are nested types of the class that wrote them).
/// </summary>
internal static class NamespaceGraph
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly OpCode[] OneByte = new OpCode[256], TwoByte = new OpCode[256];

    static NamespaceGraph()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            var value = (ushort)op.Value;
            if (op.Size == 1) OneByte[value] = op;
            else TwoByte[value & 0xff] = op;
        }
    }

    /// <summary>Part → the parts it refers to; <paramref name="partOf"/> names a namespace's part, null for namespaces left out.</summary>
    public static Dictionary<string, HashSet<string>> Of(Assembly assembly, Func<string, string?> partOf)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (PartOf(type, partOf) is not { } from) continue;
            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var referenced in References(type))
                if (PartOf(referenced, partOf) is { } to && to != from) edges.Add(to);
        }
        return graph;
    }

    /// <summary>Whether <paramref name="to"/> can be reached from <paramref name="from"/>; the path when it can.</summary>
    public static IReadOnlyList<string>? Path(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var at))
            foreach (var next in graph.GetValueOrDefault(at, []).Order(StringComparer.Ordinal))
            {
                if (!previous.TryAdd(next, at)) continue;
                if (next == to)
                {
                    var path = new List<string> { to };
                    for (var p = at; p != from; p = previous[p]) path.Add(p);
                    path.Add(from);
                    path.Reverse();
                    return path;
                }
                queue.Enqueue(next);
            }
        return null;
    }

    /// <summary>
    /// A cycle of the graph as the path around it (its first part repeated at the end), null when there is none. The
    /// parts and their edges are visited in ordinal order, so the same graph always reports the same cycle.
    /// </summary>
    public static IReadOnlyList<string>? Cycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        List<string>? Visit(string part)
        {
            if (path.IndexOf(part) is var at and >= 0) return [.. path[at..], part];
            if (done.Contains(part)) return null;
            path.Add(part);
            foreach (var next in graph.GetValueOrDefault(part, []).Order(StringComparer.Ordinal))
                if (Visit(next) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            done.Add(part);
            return null;
        }
        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }

    private static string? PartOf(Type type, Func<string, string?> partOf)
    {
        while (type.HasElementType) type = type.GetElementType()!;
        while (type.DeclaringType is { } outer && !type.IsGenericParameter) type = outer;
        return type.Namespace is { } ns ? partOf(ns) : null;
    }

    private static IEnumerable<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t)) return;
            if (t.HasElementType) Add(t.GetElementType());
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
                foreach (var argument in t.GetGenericArguments()) Add(argument);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(Declared)) Add(f.FieldType);
        foreach (var p in type.GetProperties(Declared)) Add(p.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo m) Add(m.ReturnType);
            foreach (var p in method.GetParameters()) Add(p.ParameterType);
            foreach (var member in BodyReferences(type, method))
            {
                switch (member)
                {
                    case Type t: Add(t); break;
                    case MethodInfo { IsGenericMethod: true } g:
                        Add(g.DeclaringType);
                        foreach (var argument in g.GetGenericArguments()) Add(argument);
                        break;
                    case FieldInfo f: Add(f.DeclaringType); Add(f.FieldType); break;
                    default: Add(member.DeclaringType); break;
                }
            }
        }
        return found;
    }

    // The members the method's IL names by token (calls, field accesses, type operands such as newarr, box, ldtoken).
    private static IEnumerable<MemberInfo> BodyReferences(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var op = il[i] == 0xFE ? TwoByte[il[i + 1]] : OneByte[il[i]];
            i += op.Size;
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    yield return method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments)!;
                    i += 4;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: i += 1; break;
                case OperandType.InlineVar: i += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: i += 8; break;
                case OperandType.InlineSwitch: i += 4 + 4 * BitConverter.ToInt32(il, i); break;
                default: i += 4; break; // branch targets, int32, strings, signatures, float32
            }
        }
    }
}
