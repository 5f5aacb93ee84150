namespace Assessment.Web.Security;

/// <summary>A service call the signed-in person may not make. Pages show its message; nothing else leaks.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
