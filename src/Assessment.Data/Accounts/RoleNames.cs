namespace Assessment.Data.Accounts;

/// <summary>
/// Roles as people type them (command line, provisioning CSV): "lead" is an evaluator who leads, "self-assessor"
/// is stored as self_assessor.
/// </summary>
public static class RoleNames
{
    public static readonly IReadOnlyList<string> Typed = ["administrator", "evaluator", "lead", "self-assessor", "researcher"];

    public static (string Role, bool IsLead)? Parse(string typed) => typed.Trim().ToLowerInvariant() switch
    {
        "administrator" => (Roles.Administrator, false),
        "evaluator" => (Roles.Evaluator, false),
        "lead" => (Roles.Evaluator, true),
        "self-assessor" or "self_assessor" => (Roles.SelfAssessor, false),
        "researcher" => (Roles.Researcher, false),
        _ => null,
    };

    public static string Of(string role, bool isLead) => role switch
    {
        Roles.Evaluator when isLead => "lead",
        Roles.SelfAssessor => "self-assessor",
        _ => role,
    };
}
