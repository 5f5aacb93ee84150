using Assessment.Core.Instruments;

namespace Assessment.Core.Recommendations;

/// <summary>
/// The technology x organization quadrants of seed 003 (DOMAIN.md, "Model 2"): each type's name, the result the
/// seed describes and its advice. The seed closes with "II needs stronger 'Internet+' awareness; III should use
/// high-level push and other administrative coordination, to move towards the ideal type IV"; it gives none for I.
/// </summary>
public static class QuadrantAdvice
{
    public static LocalizedText Name(Quadrant quadrant) => quadrant switch
    {
        Quadrant.I => new("Ⅰ 技术无效 · 组织规制", "I Ineffective technology · organizational constraint"),
        Quadrant.II => new("Ⅱ 技术无效 · 组织推动", "II Ineffective technology · organizational push"),
        Quadrant.III => new("Ⅲ 技术赋能 · 组织规制", "III Empowering technology · organizational constraint"),
        _ => new("Ⅳ 技术赋能 · 组织推动", "IV Empowering technology · organizational push"),
    };

    public static LocalizedText Result(Quadrant quadrant) => quadrant switch
    {
        Quadrant.I => new("政务服务效能相对较低。", "Relatively low efficacy of government services."),
        Quadrant.II => new("依靠人员努力（如“店小二”式服务团队）使效能相对提升。", "Efficacy lifted by staff effort (\"concierge\" service teams)."),
        Quadrant.III => new("电子化政务服务相对高效，但改革推进受阻。", "E-services are efficient, but reform stalls."),
        _ => new("“互联网+政务服务”效能显著。", "Significant efficacy of \"Internet+ government services\"."),
    };

    public static LocalizedText Advice(Quadrant quadrant) => quadrant switch
    {
        Quadrant.I => new("文献未给出此类型的建议：技术赋能与组织推动两方面均需加强。",
            "The seed gives no advice for this type: both technology empowerment and organizational push need strengthening."),
        Quadrant.II => new("加强“互联网+”意识，推进数字化。", "Strengthen \"Internet+\" awareness and digitization."),
        Quadrant.III => new("善用高位推动等行政协调方法，推动向Ⅳ类型转变。",
            "Use high-level push and other administrative coordination to move towards type IV."),
        _ => new("已处于目标状态（Ⅳ类型）：保持技术赋能与组织推动的良性互构。",
            "The target state (type IV): keep technology and organization reinforcing each other."),
    };
}
