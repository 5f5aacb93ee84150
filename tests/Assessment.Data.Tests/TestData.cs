using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;

namespace Assessment.Data.Tests;

/// <summary>A small but complete instrument and an open round with two jurisdictions and two raters each.</summary>
public static class TestData
{
    public const string InstrumentYaml = """
        id: test-instrument
        version: "1"
        title:
          zh: 测试
          en: Test
        stages:
          - id: low
            min: 0
            title:
              zh: 低
              en: Low
          - id: high
            min: 50
            title:
              zh: 高
              en: High
        layers:
          - id: interface
            title:
              zh: 界面
              en: Interface
            indicators:
              - id: portal
                title:
                  zh: 门户
                  en: Portal
                items:
                  - id: q1
                    type: likert
                    axis: technology
                    text:
                      zh: 一
                      en: One
                  - id: q2
                    type: boolean
                    allow_na: true
                    axis: organization
                    text:
                      zh: 二
                      en: Two
                  - id: q3
                    type: choice
                    text:
                      zh: 三
                      en: Three
                    options:
                      - key: none
                        score: 0
                        text:
                          zh: 无
                          en: None
                      - key: full
                        score: 1
                        text:
                          zh: 全
                          en: Full
                  - id: q4
                    type: numeric
                    text:
                      zh: 四
                      en: Four
                    anchors:
                      - [0, 0]
                      - [100, 1]
                  - id: note
                    type: text
                    text:
                      zh: 注
                      en: Note
        """;

    public sealed record Round(AssessmentDb Db, long RoundId, Account Rater1, Account Rater2, Account Lead, long R1J1, long R2J1, long R1J2);

    public static Round OpenRound(AssessmentDb db, string yaml = InstrumentYaml)
    {
        new JurisdictionStore(db).Upsert(
        [
            new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
            new Jurisdiction("44", "广东省", "Guangdong", "province", "province", null),
        ], "manual", "test");
        var accounts = new AccountStore(db);
        var r1 = accounts.Create(new NewAccount("rater1", "Rater One", Roles.Evaluator), "test");
        var r2 = accounts.Create(new NewAccount("rater2", "Rater Two", Roles.Evaluator), "test");
        var lead = accounts.Create(new NewAccount("lead", "Lead", Roles.Evaluator, IsLead: true), "test");
        var snapshot = new SnapshotStore(db).Add(yaml, "test.yaml", "test");
        Assert.Empty(snapshot.Problems);
        var rounds = new RoundStore(db);
        var round = rounds.Create(new NewRound("2026 test", snapshot.Snapshot!.Id, RoundMode.ExternalEvaluation), "test");
        rounds.SetStatus(round.Id, RoundStatus.Open, "test");
        return new Round(db, round.Id, r1, r2, lead,
            rounds.Assign(round.Id, "33", r1.Id, "test").Id,
            rounds.Assign(round.Id, "33", r2.Id, "test").Id,
            rounds.Assign(round.Id, "44", r1.Id, "test").Id);
    }
}
