using Assessment.Data.Jurisdictions;

namespace Assessment.Data.Tests.Jurisdictions;

public class ChinaDivisionTests
{
    [Fact]
    public void Loads_31_provinces_342_prefecture_level_and_2978_county_level_units()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var store = new JurisdictionStore(db);

        Assert.Equal(3351, store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test"));

        Assert.Equal(31, store.Count("province"));
        Assert.Equal(342, store.Count("prefecture"));
        Assert.Equal(2978, store.Count("county"));
    }

    [Fact]
    public void Municipal_districts_keep_the_packages_grouping_row_as_parent()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var store = new JurisdictionStore(db);
        store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test");

        Assert.Equal(new Jurisdiction("11", "北京市", "北京市", "province", "municipality", null), store.Find("11"));
        Assert.Equal(new Jurisdiction("1101", "市辖区", "市辖区", "prefecture", "grouping", "11"), store.Find("1101"));
        Assert.Equal("1101", store.Find("110101")!.ParentCode);
        Assert.Equal(9, store.List("prefecture").Count(j => j.Kind == "grouping"));
        Assert.Equal("autonomous_region", store.Find("65")!.Kind);
        Assert.DoesNotContain(store.List(), j => j.Kind == "other");
    }

    [Fact]
    public void Loading_again_changes_nothing_and_audits_nothing_new()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var store = new JurisdictionStore(db);
        store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test");

        Assert.Equal(0, store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test"));
        Assert.Single(Assessment.Data.Audit.AuditLog.For(db, "jurisdiction", "110101"));
    }
}
