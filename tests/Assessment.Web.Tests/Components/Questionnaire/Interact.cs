using AngleSharp.Dom;
using Bunit;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>What a user does to MudBlazor's inputs, as the browser would send it to the circuit.</summary>
public static class Interact
{
    /// <summary>Ticks a radio button or a check box: a click where the component listens for clicks, else the change event.</summary>
    public static void Tick(IElement input, bool on = true)
    {
        try { input.Change(on); }
        catch (MissingEventHandlerException) { input.Click(); }
    }

    /// <summary>Types into a text field and leaves it (the page saves at once on leaving).</summary>
    public static void TypeAndLeave(IElement input, string text)
    {
        input.Input(text);
        input.Blur();
    }

    /// <summary>
    /// Types into the field the selector finds and leaves it, finding it afresh for each event: a save finishing in
    /// between re-renders the item, and the element found before it carries handler ids that no longer exist.
    /// </summary>
    public static void TypeAndLeave<T>(IRenderedComponent<T> cut, string selector, string text) where T : Microsoft.AspNetCore.Components.IComponent
    {
        Fresh(() => cut.Find(selector).Input(text));
        Fresh(() => cut.Find(selector).Blur());
    }

    // A stale handler id means the event was not dispatched at all: sending it again to the current element is safe.
    private static void Fresh(Action send)
    {
        try { send(); }
        catch (Bunit.Rendering.UnknownEventHandlerIdException) { send(); }
    }

    public static IElement InputOf(IElement element) =>
        element.TagName == "INPUT" || element.TagName == "TEXTAREA" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException("no input in " + element.OuterHtml);
}
