namespace Assessment.Proxy.Tests;

public class ArgumentTests
{
    [Fact]
    public void Each_node_is_taken_in_order_and_the_other_arguments_are_left_for_the_host()
    {
        var (nodes, others, error) = NodeCluster.ParseArguments(
            ["--urls", "http://0.0.0.0:8080", "--node", "http://10.0.0.11:5000", "--node", "https://10.0.0.12:5001/"]);

        Assert.Null(error);
        Assert.Equal(["http://10.0.0.11:5000/", "https://10.0.0.12:5001/"], nodes.Select(n => n.ToString()));
        Assert.Equal(["--urls", "http://0.0.0.0:8080"], others);
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://0.0.0.0:8080" }, "name at least one app node: --node http://host:port (repeat for each node)")]
    [InlineData(new[] { "--node" }, "--node needs an address, e.g. --node http://127.0.0.1:5101")]
    [InlineData(new[] { "--node", "10.0.0.11:5000" }, "--node 10.0.0.11:5000: not an http(s) address; give one like http://127.0.0.1:5101")]
    [InlineData(new[] { "--node", "ftp://10.0.0.11/" }, "--node ftp://10.0.0.11/: not an http(s) address; give one like http://127.0.0.1:5101")]
    public void A_missing_or_unusable_node_is_named_in_the_message(string[] args, string message) =>
        Assert.Equal(message, NodeCluster.ParseArguments(args).Error);
}
