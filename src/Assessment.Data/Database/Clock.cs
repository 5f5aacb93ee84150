using System.Globalization;

namespace Assessment.Data.Database;

/// <summary>Timestamps are stored as ISO-8601 UTC text: sortable as text, and read the same by SQLite and PostgreSQL.</summary>
public static class Clock
{
    public static string Stamp(TimeProvider time) => Format(time.GetUtcNow());

    public static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string stamp) =>
        DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
