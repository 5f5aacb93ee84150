using Assessment.Data.Jurisdictions;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Jurisdictions;

public class JurisdictionCsvSafetyTests
{
    private const string Header = "code,name_zh,name_en,level,kind,parent_code\n";

    [Fact]
    public void Names_that_look_like_formulas_are_exported_as_text_and_import_back_unchanged()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        new JurisdictionStore(db).Upsert([new Jurisdiction("X1", "=1+2", "@cmd|' /C calc'!A0", "province", "province", null)], "manual", "test");

        var output = new StringWriter();
        JurisdictionCsv.Export(db, output);

        Assert.Contains("X1,'=1+2,'@cmd|' /C calc'!A0,province", output.ToString());
        using var other = temp.OpenDb("other.db");
        var result = JurisdictionCsv.Import(other, new StringReader(output.ToString()), "test");
        Assert.True(result.Ok, string.Join("; ", result.Problems));
        Assert.Equal(("=1+2", "@cmd|' /C calc'!A0"), (new JurisdictionStore(other).Find("X1")!.NameZh, new JurisdictionStore(other).Find("X1")!.NameEn));
    }

    [Theory, SqliteData, PostgresData]
    public void A_cycle_in_the_parent_chain_within_the_file_is_refused_with_its_lines(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);

        var result = JurisdictionCsv.Import(db, new StringReader(Header +
            "A,甲,A,prefecture,city,B\nB,乙,B,prefecture,city,C\nC,丙,C,county,county,A\nD,丁,D,county,county,C\n"), "test");

        Assert.False(result.Ok);
        Assert.Equal([2, 3, 4], result.Problems.Select(p => p.Line));
        Assert.All(result.Problems, p => Assert.Contains("cycle", p.Message));
        Assert.Empty(new JurisdictionStore(db).List());
    }

    [Theory, SqliteData, PostgresData]
    public void A_file_that_closes_a_cycle_with_rows_already_stored_is_refused(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        new JurisdictionStore(db).Upsert([new Jurisdiction("A", "甲", "A", "prefecture", "city", null), new Jurisdiction("B", "乙", "B", "county", "county", "A")], "manual", "test");

        var result = JurisdictionCsv.Import(db, new StringReader(Header + "A,甲,A,prefecture,city,B\n"), "test");

        Assert.Equal(2, Assert.Single(result.Problems).Line);
        Assert.Null(new JurisdictionStore(db).Find("A")!.ParentCode);
    }

    [Theory, SqliteData, PostgresData]
    public void The_store_refuses_a_cycle_whoever_writes_it(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var store = new JurisdictionStore(db);
        store.Upsert([new Jurisdiction("A", "甲", "A", "prefecture", "city", null), new Jurisdiction("B", "乙", "B", "county", "county", "A")], "manual", "test");

        var e = Assert.Throws<ArgumentException>(() => store.Upsert([new Jurisdiction("A", "甲", "A", "prefecture", "city", "B")], "manual", "test"));

        Assert.Contains("A -> B -> A", e.Message);
        Assert.Null(store.Find("A")!.ParentCode);
    }
}
