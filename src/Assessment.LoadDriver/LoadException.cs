namespace Assessment.LoadDriver;

/// <summary>The run cannot go on (the app is not built, a page is not what the driver expects); exit 1 with the message.</summary>
public sealed class LoadException(string message) : Exception(message);
