using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Jurisdictions;

public class ChinaDivisionTests
{
    [Theory, SqliteData, PostgresData]
    public void Loads_31_provinces_342_prefecture_level_and_2978_county_level_units(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var store = new JurisdictionStore(db);

        Assert.Equal(3351, store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test"));

        Assert.Equal(31, store.Count("province"));
        Assert.Equal(342, store.Count("prefecture"));
        Assert.Equal(2978, store.Count("county"));
    }

    [Theory, SqliteData, PostgresData]
    public void Municipal_districts_keep_the_packages_grouping_row_as_parent(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var store = new JurisdictionStore(db);
        store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test");

        Assert.Equal(new Jurisdiction("11", "北京市", "Beijing", "province", "municipality", null), store.Find("11"));
        Assert.Equal(new Jurisdiction("1101", "市辖区", "Districts", "prefecture", "grouping", "11"), store.Find("1101"));
        Assert.Equal("1101", store.Find("110101")!.ParentCode);
        Assert.Equal(9, store.List("prefecture").Count(j => j.Kind == "grouping"));
        Assert.Equal("autonomous_region", store.Find("65")!.Kind);
        Assert.DoesNotContain(store.List(), j => j.Kind == "other");
    }

    [Theory, SqliteData, PostgresData]
    public void Loading_again_changes_nothing_and_audits_nothing_new(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var store = new JurisdictionStore(db);
        store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test");

        Assert.Equal(0, store.Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test"));
        Assert.Single(AuditLog.For(db, "jurisdiction", "110101"));
    }

    [Fact]
    public void Opening_a_database_loaded_before_english_names_fills_them_and_keeps_names_set_since()
    {
        using var temp = new TempFolder();
        var path = temp.File("old.db");
        using (var old = AssessmentDb.Open(path))
        {
            // As the reference data was loaded before names-en.csv: name_en repeats name_zh.
            var store = new JurisdictionStore(old);
            store.Upsert(ChinaDivision.Load().Select(j => j with { NameEn = j.NameZh }).ToList(), ChinaDivision.Source, "test");
            store.Upsert([store.Find("3303")! with { NameEn = "Wenzhou (own name)" }], ChinaDivision.Source, "test");
            // An administrator's imports since: an English name of their own, and a row (its kind changed) whose
            // English name is left Chinese on purpose.
            var imported = JurisdictionCsv.Import(old, new StringReader("""
                code,name_zh,name_en,level,kind,parent_code
                3301,杭州市,Hangzhou (imported),prefecture,city,33
                3302,宁波市,宁波市,prefecture,other,33
                """), "admin");
            Assert.Empty(imported.Problems);
        }

        using var db = AssessmentDb.Open(path);
        var reopened = new JurisdictionStore(db);

        Assert.Equal("Beijing", reopened.Find("11")!.NameEn);
        Assert.Equal("Xihu District", reopened.Find("330106")!.NameEn);
        Assert.Equal("Hangzhou (imported)", reopened.Find("3301")!.NameEn);
        Assert.Equal("Wenzhou (own name)", reopened.Find("3303")!.NameEn);
        Assert.Equal("3302", Assert.Single(reopened.List(), j => j.NameEn == j.NameZh).Code);
        var filled = AuditLog.For(db, "jurisdiction", "330106")[^1];
        Assert.Equal(ChinaDivision.NamesActor, filled.Actor);
        Assert.Equal("西湖区 | Xihu District | county | district | parent 3301", filled.NewValue);
        Assert.Equal(0, ChinaDivision.FillEnglishNames(db));
    }

    [Theory, SqliteData, PostgresData]
    public void Filling_english_names_on_current_reference_data_changes_and_audits_nothing(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        new JurisdictionStore(db).Upsert(ChinaDivision.Load(), ChinaDivision.Source, "test");

        Assert.Equal(0, ChinaDivision.FillEnglishNames(db));
        Assert.Single(AuditLog.For(db, "jurisdiction", "110101"));
    }
}
