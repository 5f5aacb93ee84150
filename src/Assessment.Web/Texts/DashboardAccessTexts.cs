using Assessment.Core.Instruments;

namespace Assessment.Web.Texts;

/// <summary>What self-assessors are told on the dashboards: which rounds they see and how peers are shown.</summary>
public static class DashboardAccessTexts
{
    public static readonly LocalizedText NotYourRound = new(
        "您所在的地区未参加该轮次，无法查看其结果。", "Your jurisdiction does not take part in this round, so its results are not available to you.");

    public static LocalizedText AnonymousPeer(int n) => new($"地区 {n}", $"Jurisdiction {n}");
}
