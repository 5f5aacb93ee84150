using Assessment.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Assessment.Data.Tests.Accounts;

public class PasswordTests
{
    [Theory]
    [InlineData("bob", "short-pass", PasswordProblem.TooShort)]
    [InlineData("longusername1", "LongUserName1", PasswordProblem.SameAsUserName)]
    [InlineData("bob", "Unbelievable", PasswordProblem.Common)] // on the list (Mark Burnett's 10,000) as it stands
    [InlineData("bob", "baseball2026!", PasswordProblem.Common)] // a listed favourite stretched with digits
    [InlineData("bob", "Password123456", PasswordProblem.Common)]
    public void Refuses(string userName, string password, PasswordProblem problem) =>
        Assert.Contains(problem, PasswordPolicy.Check(userName, password));

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("西湖边的小屋里有十二只猫")]
    [InlineData("abcdefghijkl")] // no composition rules: twelve lowercase letters are enough when not common
    public void Accepts_without_composition_rules(string password) => Assert.Empty(PasswordPolicy.Check("bob", password));

    [Fact]
    public void Hashes_use_600000_iterations_and_older_hashes_ask_for_a_rehash()
    {
        var hasher = PasswordHashing.Create();
        var hash = hasher.HashPassword(PasswordHashing.Anyone, "correct horse battery");
        // Identity's V3 format: 1 byte marker, 4 bytes PRF, 4 bytes iteration count (big-endian), ...
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(600_000, (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8]);

        var old = new PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(PasswordHashing.Anyone, "correct horse battery");
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, hasher.VerifyHashedPassword(PasswordHashing.Anyone, old, "correct horse battery"));
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(PasswordHashing.Anyone, hash, "correct horse battery"));
    }

    [Fact]
    public void One_time_passwords_are_sixteen_unambiguous_characters_and_differ()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => OneTimePassword.New()).ToList();
        Assert.All(passwords, p => Assert.Matches("^[a-km-zA-HJ-NP-Z2-9]{16}$", p));
        Assert.Equal(200, passwords.Distinct().Count());
        Assert.All(passwords, p => Assert.Empty(PasswordPolicy.Check("bob", p)));
    }
}
