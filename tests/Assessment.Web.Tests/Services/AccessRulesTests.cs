using Assessment.Data.Accounts;
using Assessment.Web.Security;

namespace Assessment.Web.Tests.Services;

public class AccessRulesTests
{
    [Fact]
    public void Only_administrators_manage_accounts_instruments_and_rounds()
    {
        foreach (var p in new[] { Permission.ManageAccounts, Permission.ManageInstruments, Permission.ManageRounds })
            Assert.Equal([Roles.Administrator], Roles.All.Where(r => AccessRules.Allows(r, isLead: true, p)).ToArray());
    }

    [Fact]
    public void Only_a_lead_evaluator_reconciles()
    {
        Assert.True(AccessRules.Allows(Roles.Evaluator, isLead: true, Permission.Reconcile));
        Assert.False(AccessRules.Allows(Roles.Evaluator, isLead: false, Permission.Reconcile));
        Assert.False(AccessRules.Allows(Roles.Administrator, isLead: true, Permission.Reconcile));
    }

    [Fact]
    public void Researchers_read_results_but_never_score_or_self_assess()
    {
        Assert.True(AccessRules.Allows(Roles.Researcher, false, Permission.ViewResults));
        Assert.False(AccessRules.Allows(Roles.Researcher, false, Permission.ScoreAssigned));
        Assert.False(AccessRules.Allows(Roles.Researcher, false, Permission.SelfAssess));
    }

    [Fact]
    public void Self_assessors_only_self_assess_and_open_the_dashboards_of_their_rounds()
    {
        var allowed = Enum.GetValues<Permission>().Where(p => AccessRules.Allows(Roles.SelfAssessor, false, p)).ToArray();
        Assert.Equal([Permission.SelfAssess, Permission.ViewDashboards], allowed);
    }

    [Fact]
    public void Everyone_who_reads_results_opens_the_dashboards_and_plain_evaluators_do_not()
    {
        foreach (var role in Roles.All)
            foreach (var lead in new[] { false, true })
                Assert.Equal(AccessRules.Allows(role, lead, Permission.ViewResults) || role == Roles.SelfAssessor,
                    AccessRules.Allows(role, lead, Permission.ViewDashboards));
        Assert.False(AccessRules.Allows(Roles.Evaluator, isLead: false, Permission.ViewDashboards));
    }

    [Fact]
    public void An_unknown_role_may_do_nothing() =>
        Assert.DoesNotContain(Enum.GetValues<Permission>(), p => AccessRules.Allows("superuser", true, p));
}
