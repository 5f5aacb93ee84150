using System.Diagnostics;
using Assessment.LoadDriver;

namespace Assessment.Data.Tests.LoadDriver;

/// <summary>The load driver's --nodes and --proxy-port: where the nodes, the proxy and the respondents go, and what is refused.</summary>
public class NodesOptionTests
{
    private const string Database = "postgres://load:secret@127.0.0.1:55480/load";

    [Fact]
    public void One_node_without_a_proxy_is_the_default()
    {
        var o = LoadOptions.Parse(["run"]);

        Assert.Equal((1, false), (o.Nodes, o.Proxied));
        Assert.Equal("http://127.0.0.1:5141", o.BaseUrl);
        Assert.Equal("http://127.0.0.1:5141", o.NodeUrl(0));
    }

    [Fact]
    public void Two_nodes_take_consecutive_ports_and_the_respondents_go_through_the_proxy_at_port_plus_100()
    {
        var o = LoadOptions.Parse(["run", "--nodes", "2", "--port", "5300", "--database", Database]);

        Assert.Equal((2, true, 5400), (o.Nodes, o.Proxied, o.ProxyPort));
        Assert.Equal("http://127.0.0.1:5400", o.BaseUrl);
        Assert.Equal(["http://127.0.0.1:5300", "http://127.0.0.1:5301"], [o.NodeUrl(0), o.NodeUrl(1)]);
    }

    [Fact]
    public void Step_takes_four_nodes_and_a_proxy_port_of_its_own()
    {
        var o = LoadOptions.Parse(["step", "--nodes", "4", "--port", "5300", "--proxy-port", "5310", "--database", Database]);

        Assert.Equal((4, 5310), (o.Nodes, o.ProxyPort));
        Assert.Equal("http://127.0.0.1:5310", o.BaseUrl);
        Assert.Equal("http://127.0.0.1:5303", o.NodeUrl(3));
    }

    [Fact]
    public void A_proxy_port_with_one_node_puts_the_proxy_in_front_of_it_also_on_sqlite()
    {
        var o = LoadOptions.Parse(["run", "--port", "5300", "--proxy-port", "5310"]);

        Assert.Equal((1, true), (o.Nodes, o.Proxied));
        Assert.Equal("http://127.0.0.1:5310", o.BaseUrl);
        Assert.Equal("http://127.0.0.1:5300", o.NodeUrl(0));
    }

    [Fact]
    public void One_node_is_accepted_in_every_mode()
    {
        Assert.Equal(1, LoadOptions.Parse(["backup", "--nodes", "1"]).Nodes);
        Assert.Equal(1, LoadOptions.Parse(["kill-restart", "--nodes", "1"]).Nodes);
    }

    [Theory]
    [InlineData("0", "--nodes: '0' is not a whole number from 1 to 4")]
    [InlineData("5", "--nodes: '5' is not a whole number from 1 to 4")]
    [InlineData("two", "--nodes: 'two' is not a whole number from 1 to 4")]
    public void A_node_count_out_of_range_is_refused(string count, string message)
    {
        var e = Assert.Throws<UsageException>(() => LoadOptions.Parse(["run", "--nodes", count, "--database", Database]));

        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("backup", "--nodes 2: backup runs one app process; several nodes and the proxy are for run and step")]
    [InlineData("kill-restart", "--nodes 2: kill-restart runs one app process; several nodes and the proxy are for run and step")]
    [InlineData("memory", "--nodes 2: memory runs one app process; several nodes and the proxy are for run and step")]
    public void Several_nodes_are_refused_in_the_modes_that_run_one_app(string mode, string message)
    {
        var e = Assert.Throws<UsageException>(() => LoadOptions.Parse([mode, "--nodes", "2"]));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void The_proxy_alone_is_refused_in_the_modes_that_run_one_app()
    {
        var e = Assert.Throws<UsageException>(() => LoadOptions.Parse(["cut", "--proxy-port", "5310"]));

        Assert.Equal("--proxy-port: cut runs one app process; several nodes and the proxy are for run and step", e.Message);
    }

    [Fact]
    public void Several_nodes_without_a_postgres_database_are_refused()
    {
        var e = Assert.Throws<UsageException>(() => LoadOptions.Parse(["run", "--nodes", "2"]));

        Assert.Equal("--nodes 2: several nodes share one PostgreSQL database; give --database postgres://…", e.Message);
    }

    [Theory]
    [InlineData(new[] { "--port", "5300", "--nodes", "3", "--proxy-port", "5302" }, "--proxy-port: 5302 is one of the nodes' ports (5300 to 5302)")]
    [InlineData(new[] { "--port", "65535", "--nodes", "2" }, "--nodes 2: the nodes' ports 65535 to 65536 pass 65535")]
    [InlineData(new[] { "--port", "65500", "--nodes", "2" }, "--proxy-port: the default, --port + 100 = 65600, passes 65535; give one")]
    public void Ports_that_collide_or_pass_the_last_port_are_refused(string[] ports, string message)
    {
        var e = Assert.Throws<UsageException>(() => LoadOptions.Parse(["run", "--database", Database, .. ports]));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Each_of_several_nodes_has_a_data_folder_of_its_own()
    {
        Assert.Equal(["/runs/a/data"], AppNodes.DataFolders("/runs/a", 1));
        Assert.Equal(["/runs/a/node1/data", "/runs/a/node2/data", "/runs/a/node3/data"], AppNodes.DataFolders("/runs/a", 3));
    }

    [Fact]
    public void The_driver_exits_with_2_and_says_why_when_several_nodes_lack_a_database()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "Assessment.LoadDriver.dll"), "run", "--nodes", "2" })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("error: --nodes 2: several nodes share one PostgreSQL database; give --database postgres://…\n", error);
        Assert.Contains("--nodes N (1 to 4, run and step, with --database)", error);
    }
}
