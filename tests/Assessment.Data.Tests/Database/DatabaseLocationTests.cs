using Assessment.Data.Database;
using Npgsql;

namespace Assessment.Data.Tests.Database;

public class DatabaseLocationTests
{
    [Fact]
    public void A_postgres_url_becomes_an_npgsql_connection_string_and_is_described_without_its_password()
    {
        var location = DatabaseLocation.Postgres("postgres://assess%40ment:p%3Ass%2Fw0rd@db.example.org:6543/assessment");

        var b = new NpgsqlConnectionStringBuilder(location.PostgresConnectionString);
        Assert.Equal(("db.example.org", 6543, "assessment", "assess@ment", "p:ss/w0rd"), (b.Host, b.Port, b.Database, b.Username, b.Password));
        Assert.True(location.IsPostgres);
        Assert.Equal("postgres://assess@ment@db.example.org:6543/assessment", location.ToString());
        Assert.DoesNotContain("p:ss", location.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_port_the_url_means_5432_and_postgresql_is_the_same_scheme()
    {
        var b = new NpgsqlConnectionStringBuilder(DatabaseLocation.Postgres("postgresql://app:secret@localhost/assessment").PostgresConnectionString);
        Assert.Equal(("localhost", 5432, "assessment", "app"), (b.Host, b.Port, b.Database, b.Username));
    }

    [Fact]
    public void An_npgsql_connection_string_is_taken_as_it_is()
    {
        var location = DatabaseLocation.Postgres("Host=10.0.0.5;Port=5433;Username=app;Password=secret;Database=assessment");
        Assert.Equal("postgres://app@10.0.0.5:5433/assessment", location.ToString());
    }

    [Theory]
    [InlineData("postgres://app:secret@localhost", "names no database")]
    [InlineData("mysql://app:secret@localhost/db", "expected postgres://")]
    [InlineData("Host=x;Bogus Key=1", "not an Npgsql connection string")]
    public void A_value_that_names_no_postgres_database_is_refused_saying_what_was_expected(string value, string said)
    {
        var e = Assert.Throws<FormatException>(() => DatabaseLocation.Postgres(value));
        Assert.Contains(said, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://u@h/d", true)]
    [InlineData("POSTGRESQL://u@h/d", true)]
    [InlineData("Host=h;Database=d", true)]
    [InlineData("/srv/assessment/assessment.db", false)]
    [InlineData("data/assessment.db", false)]
    public void A_file_and_a_postgres_database_are_told_apart(string value, bool postgres) =>
        Assert.Equal(postgres, DatabaseLocation.LooksLikePostgres(value));
}
