namespace Assessment.Web.Tests.Services;

/// <summary>A clock the test sets and moves; nothing here reads the system clock.</summary>
public sealed class FakeTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
