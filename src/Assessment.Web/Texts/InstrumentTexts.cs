using Assessment.Core.Instruments;

namespace Assessment.Web.Texts;

public static class InstrumentTexts
{
    public static readonly LocalizedText Title = new("评估工具", "Instruments");
    public static readonly LocalizedText Files = new("instruments/ 目录中的文件", "Files in instruments/");
    public static readonly LocalizedText NoFiles = new("instruments/ 目录中没有 YAML 文件。", "There are no YAML files in instruments/.");
    public static readonly LocalizedText Snapshots = new("评估轮次使用的快照", "Snapshots in use by rounds");
    public static readonly LocalizedText NoSnapshots = new("尚未存储任何快照：创建评估轮次时会存储所用工具的快照。", "No snapshots stored yet: creating a round stores a snapshot of its instrument.");
    public static readonly LocalizedText File = new("文件", "File");
    public static readonly LocalizedText Size = new("大小", "Size");
    public static readonly LocalizedText Modified = new("修改时间", "Modified");
    public static readonly LocalizedText Open = new("校验并查看", "Validate and view");
    public static readonly LocalizedText Instrument = new("工具", "Instrument");
    public static readonly LocalizedText Version = new("版本", "Version");
    public static readonly LocalizedText Rounds = new("轮次数", "Rounds");
    public static readonly LocalizedText Stored = new("存储时间", "Stored");
    public static readonly LocalizedText Valid = new("校验通过：文件符合格式。", "Valid: the file follows the format.");
    public static readonly LocalizedText Invalid = new("校验未通过，发现以下问题（行:列）。请修改文件后重新校验。", "Not valid. Problems found (line:column); fix the file and validate again.");
    public static readonly LocalizedText Line = new("行", "Line");
    public static readonly LocalizedText Column = new("列", "Column");
    public static readonly LocalizedText Problem = new("问题", "Problem");
    public static readonly LocalizedText Outline = new("结构", "Outline");
    public static readonly LocalizedText Weight = new("权重", "Weight");
    public static readonly LocalizedText Type = new("题型", "Type");
    public static readonly LocalizedText Axis = new("维度", "Axis");
    public static readonly LocalizedText Required = new("必答", "Required");
    public static readonly LocalizedText Evidence = new("佐证", "Evidence");
    public static readonly LocalizedText AllowNa = new("可选“不适用”", "N/A allowed");
    public static readonly LocalizedText Reverse = new("反向计分", "Reverse-scored");
    public static readonly LocalizedText Back = new("返回评估工具列表", "Back to instruments");
    public static readonly LocalizedText NotAnInstrumentFile = new("只能打开 instruments/ 目录中的 .yaml 文件。", "Only .yaml files directly in instruments/ can be opened.");
    public static readonly LocalizedText NoSuchFile = new("instruments/ 目录中没有这个文件。", "There is no such file in instruments/.");
    public static readonly LocalizedText Layers = new("层面", "Layers");
    public static readonly LocalizedText Items = new("题目", "Items");

    public static LocalizedText AxisName(Axis axis) => axis switch
    {
        Core.Instruments.Axis.Technology => new("技术赋能", "Technology"),
        Core.Instruments.Axis.Organization => new("组织规制", "Organization"),
        _ => new("—", "—"),
    };

    public static LocalizedText EvidenceName(EvidenceRule rule) => rule switch
    {
        EvidenceRule.Required => new("必须提供", "required"),
        EvidenceRule.Optional => new("可选", "optional"),
        _ => new("无", "none"),
    };

    public static LocalizedText TypeName(ItemType type) => type switch
    {
        ItemType.Likert => new("量表", "Likert scale"),
        ItemType.Boolean => new("是/否", "Yes/no"),
        ItemType.Choice => new("单选", "Single choice"),
        ItemType.Multi => new("多选", "Multiple choice"),
        ItemType.Numeric => new("数值", "Number"),
        _ => new("文字（不计分）", "Text (not scored)"),
    };
}
