using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Jurisdictions;

namespace Assessment.Web.Texts;

public static class DashboardTexts
{
    public static readonly LocalizedText Title = new("结果分析", "Dashboards");
    public static readonly LocalizedText NavLink = new("结果分析", "Dashboards");
    public static readonly LocalizedText PickRound = new("选择一个评估轮次查看结果。", "Pick a round to see its results.");
    public static readonly LocalizedText NoRounds = new("暂无可查看的评估轮次（研究人员只能查看已发布的轮次）。", "No round to show (researchers see published rounds only).");
    public static readonly LocalizedText NoSuchRound = new("没有这个评估轮次。", "There is no such round.");
    public static readonly LocalizedText NotPublished = new("该轮次尚未发布：研究人员只能查看已发布轮次的结果。", "This round is not published yet: researchers see the results of published rounds only.");
    public static readonly LocalizedText NotInRound = new("该地区不在本轮次的评估范围内。", "This jurisdiction is not rated in this round.");
    public static readonly LocalizedText NoScores = new("本轮次还没有评分数据。", "This round has no scores yet.");
    public static readonly LocalizedText Round = new("轮次", "Round");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText Instrument = new("评估工具", "Instrument");
    public static readonly LocalizedText Aggregation = new("汇总方式：评估员平均分，已采用协调答案", "aggregation: mean of raters, reconciled answers applied");
    public static readonly LocalizedText Chart = new("图表", "Chart");
    public static readonly LocalizedText Table = new("表格", "Table");
    public static readonly LocalizedText DownloadCsv = new("下载 CSV", "Download CSV");
    public static readonly LocalizedText Views = new("查看", "Views");
    public static readonly LocalizedText Overview = new("总览", "Overview");
    public static readonly LocalizedText Quadrants = new("象限图", "Quadrant map");
    public static readonly LocalizedText Heatmap = new("热力图", "Heatmap");
    public static readonly LocalizedText Profile = new("冰山画像", "Iceberg profile");
    public static readonly LocalizedText Trend = new("趋势", "Trend");
    public static readonly LocalizedText Ranking = new("排名", "Ranking");
    public static readonly LocalizedText Rank = new("名次", "Rank");
    public static readonly LocalizedText Jurisdiction = new("地区", "Jurisdiction");
    public static readonly LocalizedText Code = new("代码", "Code");
    public static readonly LocalizedText Level = new("层级", "Level");
    public static readonly LocalizedText Province = new("所属省份", "Province");
    public static readonly LocalizedText Kind = new("类型", "Kind");
    public static readonly LocalizedText All = new("全部", "All");
    public static readonly LocalizedText Composite = new("综合得分", "Composite");
    public static readonly LocalizedText LayerGap = new("层面差距", "Layer gap");
    public static readonly LocalizedText LayerGapHint = new("最高层面得分减最低层面得分：平均分掩盖的不平衡", "Highest minus lowest layer score: the imbalance an average hides");
    public static readonly LocalizedText WeakestLayerIs = new("（最弱层面：{0}）", " (weakest layer: {0})");
    public static readonly LocalizedText Technology = new("技术赋能 T", "Technology T");
    public static readonly LocalizedText Organization = new("组织规制 O", "Organization O");
    public static readonly LocalizedText Quadrant = new("象限", "Quadrant");
    public static readonly LocalizedText Stage = new("成熟度阶段", "Stage");
    public static readonly LocalizedText Completeness = new("完成度", "Completeness");
    public static readonly LocalizedText Count = new("数量", "Count");
    public static readonly LocalizedText LayerDistribution = new("各层面得分分布（箱线图）", "Distribution of each layer (box plot)");
    public static readonly LocalizedText PerStage = new("各成熟度阶段的地区数", "Jurisdictions per stage");
    public static readonly LocalizedText PerQuadrant = new("各象限的地区数", "Jurisdictions per quadrant");
    public static readonly LocalizedText Layer = new("层面", "Layer");
    public static readonly LocalizedText Min = new("最小值", "Min");
    public static readonly LocalizedText Q1 = new("下四分位数", "Lower quartile");
    public static readonly LocalizedText Median = new("中位数", "Median");
    public static readonly LocalizedText Q3 = new("上四分位数", "Upper quartile");
    public static readonly LocalizedText Max = new("最大值", "Max");
    public static readonly LocalizedText NotApplicable = new("不适用", "N/A");
    public static readonly LocalizedText Threshold = new("阈值", "Threshold");
    public static readonly LocalizedText Advice = new("建议", "Advice");
    public static readonly LocalizedText Previous = new("上一轮", "Earlier round");
    public static readonly LocalizedText MovedFrom = new("箭头表示与同一工具上一轮相比的位置变化。", "Arrows show the move from the earlier round of the same instrument.");
    public static readonly LocalizedText Spider = new("四个层面与同级中位数对比", "The four layers against peer medians");
    public static readonly LocalizedText Iceberg = new("冰山模型（水面以上为界面整合）", "Iceberg (interface above the waterline)");
    public static readonly LocalizedText Waterline = new("水面", "Waterline");
    public static readonly LocalizedText IndicatorScores = new("指标得分", "Indicator scores");
    public static readonly LocalizedText Indicator = new("指标", "Indicator");
    public static readonly LocalizedText Score = new("得分", "Score");
    public static readonly LocalizedText Strongest = new("最强", "Strongest");
    public static readonly LocalizedText Weakest = new("最弱", "Weakest");
    public static readonly LocalizedText Recommendations = new("改进建议", "Recommendations");
    public static readonly LocalizedText WeakestLayer = new("最弱层面", "Weakest layer");
    public static readonly LocalizedText CausedBy = new("拉低得分的题目", "Items that pulled it down");
    public static readonly LocalizedText PointsLost = new("失分", "Points lost");
    public static readonly LocalizedText Unanswered = new("未作答", "unanswered");
    public static readonly LocalizedText Items = new("题目得分", "Item scores");
    public static readonly LocalizedText Item = new("题目", "Item");
    public static readonly LocalizedText Weight = new("权重", "Weight");
    public static readonly LocalizedText This = new("本地区", "This jurisdiction");
    public static readonly LocalizedText Series = new("系列", "Series");
    public static readonly LocalizedText PageOf = new("第 {0} / {1} 页", "Page {0} of {1}");
    public static readonly LocalizedText PreviousPage = new("上一页", "Previous page");
    public static readonly LocalizedText NextPage = new("下一页", "Next page");
    public static readonly LocalizedText RowsPerPage = new("每页行数：", "Rows per page:");
    public static readonly LocalizedText PagerInfo = new("第 {first_item}–{last_item} 行，共 {all_items} 行", "Rows {first_item}–{last_item} of {all_items}");
    public static readonly LocalizedText HeatmapCaption = new("按综合得分排序；颜色越深得分越高。", "Ordered by composite; darker is higher.");
    public static readonly LocalizedText OneRoundOnly = new("该地区在同一工具下只有这一轮结果。", "This jurisdiction has only this round of this instrument.");
    public static readonly LocalizedText SortBy = new("按此列排序", "Sort by this column");

    public static LocalizedText LevelName(string level) => level switch
    {
        "province" => new("省级", "Province level"),
        "prefecture" => new("地市级", "Prefecture level"),
        "county" => new("区县级", "County level"),
        _ => new(level, level),
    };

    public static LocalizedText LevelPeers(string level) => new($"{LevelName(level).Zh}中位数", $"{LevelName(level).En} median");

    public static LocalizedText ProvincePeers(Jurisdiction province) => new($"{province.NameZh}同级中位数", $"{province.NameEn} same-level median");

    public static LocalizedText StatusName(RoundStatus status) => status switch
    {
        RoundStatus.Draft => new("草稿", "draft"),
        RoundStatus.Open => new("进行中", "open"),
        RoundStatus.Closed => new("已截止", "closed"),
        _ => new("已发布", "published"),
    };

    public static LocalizedText KindName(string kind) => kind switch
    {
        "province" => new("省", "province"),
        "autonomous_region" => new("自治区", "autonomous region"),
        "municipality" => new("直辖市", "municipality"),
        "city" => new("地级市", "city"),
        "autonomous_prefecture" => new("自治州", "autonomous prefecture"),
        "prefecture" => new("地区", "prefecture"),
        "league" => new("盟", "league"),
        "grouping" => new("直辖县级区划", "grouping"),
        "district" => new("市辖区", "district"),
        "county" => new("县", "county"),
        "county_city" => new("县级市", "county-level city"),
        "banner" => new("旗", "banner"),
        "autonomous_county" => new("自治县", "autonomous county"),
        "special_area" => new("特区/林区", "special area"),
        "ministry_platform" => new("部委平台", "ministry platform"),
        "other" => new("其他", "other"),
        _ => new(kind, kind),
    };
}
