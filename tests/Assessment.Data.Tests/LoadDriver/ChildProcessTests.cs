using System.Diagnostics;
using Assessment.LoadDriver;

namespace Assessment.Data.Tests.LoadDriver;

/// <summary>The load driver's child processes (app nodes, proxy): their output in the log, a start-up that fails, the kill at the end.</summary>
public class ChildProcessTests
{
    private static ProcessStartInfo Shell(string script) => new("/bin/sh") { ArgumentList = { "-c", script } };

    [Fact]
    public async Task Both_stdout_and_stderr_reach_the_log_file()
    {
        using var temp = new TempFolder();
        var log = temp.File("child.log");
        using var child = ChildProcess.Start(Shell("echo one; echo two >&2; sleep 30"), log, "The child");

        string[] lines = [];
        for (var deadline = DateTime.UtcNow.AddSeconds(4); lines.Length < 2 && DateTime.UtcNow < deadline; await Task.Delay(50))
            lines = File.Exists(log) ? File.ReadAllLines(log) : [];

        Assert.Equal(["one", "two"], lines.Order());
    }

    [Fact]
    public async Task A_child_that_exits_during_start_up_is_reported_with_the_exited_wording()
    {
        using var temp = new TempFolder();
        using var child = ChildProcess.Start(Shell("exit 3"), temp.File("child.log"), "The child");

        // Port 9 (discard): nothing listens there, so only the exit can end the wait early.
        var e = await Assert.ThrowsAsync<LoadException>(() => child.WaitReadyAsync("http://127.0.0.1:9/health/live", TimeSpan.FromSeconds(4),
            "The child exited during start-up (see child.log).", "The child did not answer within 4 s."));

        Assert.Equal("The child exited during start-up (see child.log).", e.Message);
    }

    [Fact]
    public void Dispose_kills_a_running_child()
    {
        using var temp = new TempFolder();
        var child = ChildProcess.Start(Shell("sleep 30"), temp.File("child.log"), "The child");
        var pid = child.Id;
        Assert.True(Directory.Exists($"/proc/{pid}"));

        child.Dispose();
        child.Dispose(); // idempotent

        Assert.False(Directory.Exists($"/proc/{pid}"));
    }
}
