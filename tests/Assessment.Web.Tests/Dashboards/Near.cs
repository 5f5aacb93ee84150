namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// Equality of scores from two implementations (the reference scorer and the app): equal to 1e-9, since the two add
/// the same terms in different orders; NA (null) only equals NA.
/// </summary>
public static class Near
{
    public static void Equal(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is not null) Assert.Equal(expected.Value, actual!.Value, 9);
    }

    public static void Equal(IReadOnlyDictionary<string, double?> expected, IReadOnlyDictionary<string, double?> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, value) in expected) Equal(value, actual[key]);
    }
}
