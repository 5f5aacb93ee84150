namespace Assessment.Web.Demo;

/// <summary>
/// The evidence texts of the grounded demo round, written in one place so the test that checks them against the
/// seed papers reads the same form: a grounded answer names its seed file and quotes its passages in 「」 brackets,
/// word for word; a neutral answer says the seed is silent.
/// </summary>
public static class SeedEvidence
{
    public const string Silent = "示例：种子文献未涉及，取中性值 / Illustrative: the seed paper is silent; neutral answer";

    private const string GroundedLead = "示例：依据种子文献，非实际核查 / Illustrative: from the seed paper, not verified";

    /// <summary>`示例…· seed 003-x.txt: 「passage」「passage」`.</summary>
    public static string Grounded(string seedFile, IEnumerable<string> quotes) =>
        $"{GroundedLead} · seed {seedFile}: {string.Concat(quotes.Select(q => "「" + q + "」"))}";
}
