using Assessment.Data.Database;
using Assessment.Data.Demo;

namespace Assessment.Web.Services;

/// <summary>
/// Whether the database holds the illustrative demo data set (any round with is_demo = 1), so a page can show the
/// IllustrativeDataBanner. Asked on each render, not cached: the answer changes if the demo rounds are removed.
/// No permission: anyone may be told that what they see is not an official evaluation.
/// </summary>
public sealed class DemoStatus(Func<bool> isLoaded)
{
    public DemoStatus(AssessmentDb db) : this(() => DemoData.IsLoaded(db)) { }

    public bool IsLoaded => isLoaded();
}
