using Assessment.Core.Analytics.Reliability;

namespace Assessment.Core.Tests.Analytics;

/// <summary>The reliability statistics against worked examples published with the methods themselves.</summary>
public class StatisticsTests
{
    /// <summary>
    /// Shrout, P. E. and Fleiss, J. L. (1979), "Intraclass correlations: uses in assessing rater reliability",
    /// Psychological Bulletin 86(2), 420-428, Table 2: four judges rate six targets.
    /// </summary>
    private static readonly double[][] ShroutFleissTable2 =
    [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ];

    [Fact]
    public void The_six_intraclass_correlations_match_Shrout_and_Fleiss_1979_table_4()
    {
        var icc = IntraclassCorrelation.Compute(ShroutFleissTable2)!;
        // Published to two decimals (Table 4 of the paper): .17, .29, .71, .44, .62, .91.
        Assert.Equal(0.17, icc.Icc11!.Value, 0.005);
        Assert.Equal(0.29, icc.Icc21!.Value, 0.005);
        Assert.Equal(0.71, icc.Icc31!.Value, 0.005);
        Assert.Equal(0.44, icc.Icc1K!.Value, 0.005);
        Assert.Equal(0.62, icc.Icc2K!.Value, 0.005);
        Assert.Equal(0.91, icc.Icc3K!.Value, 0.005);
    }

    [Fact]
    public void The_intraclass_correlations_use_the_mean_squares_of_Shrout_and_Fleiss_table_2()
    {
        // Worked by hand from the table: sum 127, sum of squares 841, so SS_total = 841 - 127^2/24 = 4055/24; row sums
        // 24, 12, 26, 16, 30, 19 give SS_targets = 1349/24; column sums 46, 15, 26, 40 give SS_judges = 2339/24.
        // BMS = SS_targets / 5 = 1349/120 (their 11.24), WMS = (SS_total - SS_targets) / 18 = 451/72 (6.26),
        // EMS = (SS_total - SS_targets - SS_judges) / 15 = 367/360 (1.02).
        double bms = 1349 / 120.0, wms = 451 / 72.0, ems = 367 / 360.0;
        var icc = IntraclassCorrelation.Compute(ShroutFleissTable2)!;
        Assert.Equal((bms - wms) / (bms + 3 * wms), icc.Icc11!.Value, 12);
        Assert.Equal((bms - ems) / (bms + 3 * ems), icc.Icc31!.Value, 12);
        Assert.Equal((bms - ems) / bms, icc.Icc3K!.Value, 12);
    }

    [Fact]
    public void Intraclass_correlation_is_undefined_without_two_targets_two_judges_or_any_variation()
    {
        Assert.Null(IntraclassCorrelation.Compute([[1.0, 2.0]]));
        Assert.Null(IntraclassCorrelation.Compute([[1.0], [2.0]]));
        Assert.Null(IntraclassCorrelation.Compute([[0.1, 0.1, 0.1], [0.1, 0.1, 0.1]]));
    }

    /// <summary>
    /// Krippendorff, K. (2011), "Computing Krippendorff's alpha-reliability", University of Pennsylvania, section C:
    /// four observers, twelve units, values 1-5, missing values (null). Unit 12 has one value and is not pairable.
    /// </summary>
    private static readonly double?[][] KrippendorffObservers =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    private static IReadOnlyList<IReadOnlyList<double>> KrippendorffUnits() =>
        Enumerable.Range(0, 12)
            .Select(u => (IReadOnlyList<double>)KrippendorffObservers.Where(o => o[u] is not null).Select(o => o[u]!.Value).ToArray())
            .ToList();

    [Fact]
    public void Krippendorffs_alpha_matches_the_2011_worked_example_at_each_level()
    {
        var alpha = KrippendorffAlpha.Compute(KrippendorffUnits())!;
        // Published: nominal .743 (section C); the same data at the ordinal and interval levels .815 and .849
        // (Krippendorff's worked example as reproduced in his tables of the metric differences).
        Assert.Equal(0.743, alpha.Nominal!.Value, 0.0005);
        Assert.Equal(0.815, alpha.Ordinal!.Value, 0.0005);
        Assert.Equal(0.849, alpha.Interval!.Value, 0.0005);
    }

    [Fact]
    public void Krippendorffs_nominal_alpha_of_the_2011_example_is_exactly_the_coincidence_ratio_worked_by_hand()
    {
        // Worked by hand as in section C: units 1-11 hold n = 40 pairable values (value 1: 9, 2: 13, 3: 10, 4: 5,
        // 5: 3, so sum n_c^2 = 384); the off-diagonal coincidences are 2 (unit 2) + 4 (unit 6) + 2 (unit 8) = 8.
        // alpha = 1 - (n - 1) * 8 / (n^2 - 384) = 1 - 39 * 8 / 1216.
        var alpha = KrippendorffAlpha.Compute(KrippendorffUnits())!;
        Assert.Equal(1 - 39 * 8 / 1216.0, alpha.Nominal!.Value, 12);
    }

    [Fact]
    public void Krippendorffs_alpha_is_undefined_without_a_pairable_unit_and_a_level_without_disagreement_to_expect()
    {
        Assert.Null(KrippendorffAlpha.Compute([[1.0], [2.0], []]));
        var same = KrippendorffAlpha.Compute([[0.5, 0.5], [0.5, 0.5, 0.5]])!;
        Assert.Null(same.Nominal);
        Assert.Null(same.Ordinal);
        Assert.Null(same.Interval);
    }

    [Fact]
    public void Cronbachs_alpha_of_Shrout_and_Fleiss_judges_as_items_is_their_ICC_3_k()
    {
        // McGraw, K. O. and Wong, S. P. (1996), "Forming inferences about some intraclass correlation coefficients",
        // Psychological Methods 1(1), 30-46: ICC(C,k) (Shrout and Fleiss's ICC(3,k)) is Cronbach's alpha. With the
        // judges of Table 2 as items, alpha is the published ICC(3,4) = .91.
        Assert.Equal(0.91, CronbachAlpha.Compute(ShroutFleissTable2)!.Value, 0.005);
    }

    [Fact]
    public void Cronbachs_alpha_of_a_small_table_worked_by_hand()
    {
        // Items (1,2,3) and (2,3,3): variances 1 and 1/3; totals (3,5,6): variance 7/3.
        // alpha = 2/1 * (1 - (4/3) / (7/3)) = 6/7.
        Assert.Equal(6 / 7.0, CronbachAlpha.Compute([[1.0, 2.0], [2.0, 3.0], [3.0, 3.0]])!.Value, 12);
    }

    [Fact]
    public void Cronbachs_alpha_is_undefined_without_two_respondents_two_items_or_varying_totals()
    {
        Assert.Null(CronbachAlpha.Compute([[1.0, 2.0]]));
        Assert.Null(CronbachAlpha.Compute([[1.0], [2.0]]));
        Assert.Null(CronbachAlpha.Compute([[1.0, 0.0], [0.0, 1.0]]));
    }
}
