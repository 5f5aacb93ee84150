using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Assessment.Web.Texts;

namespace Assessment.Web.Components.Pages.Questionnaire;

public enum SaveState { Untouched, Saving, Saved, Invalid, Failed, Conflict, ReadOnly }

/// <summary>
/// One item on the page: what the user has entered (Value, evidence), what the server last acknowledged (Saved),
/// and how the last save went. Saves of one item run one at a time, so a quick second click is saved after the first
/// with the version the first returned, instead of conflicting with it.
/// </summary>
/// <param name="clock">When each outcome arrived (the page shows it); the system clock unless a test sets one.</param>
public sealed class ItemState(Item item, StoredAnswer? saved, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private bool running;
    private bool pending;
    private CancellationTokenSource? debounce;

    public Item Item { get; } = item;
    public string? Value { get; set; } = saved?.Value;
    public string? EvidenceText { get; set; } = saved?.EvidenceText;
    public string? EvidenceLink { get; set; } = saved?.EvidenceLink;
    public StoredAnswer? Saved { get; private set; } = saved;
    public long Version { get; private set; } = saved?.Version ?? 0;
    public SaveState State { get; private set; } = saved is null ? SaveState.Untouched : SaveState.Saved;
    public string? Message { get; private set; }
    /// <summary>When the last save was acknowledged; for an answer loaded from the store, when it was last changed.</summary>
    public DateTimeOffset? SavedAt { get; private set; } = saved is { UpdatedAt.Length: > 0 } ? Clock.Parse(saved.UpdatedAt) : null;
    public SaveResult.Conflict? Conflict { get; private set; }

    /// <summary>
    /// How many saves of this item have ended on this page, and when the last one did. Blazor may send "saving" and the
    /// outcome in one render (a browser slow to confirm renders makes the server hold them back), so a second refusal
    /// after a first one, or a save of an unchanged answer, could otherwise leave the item looking exactly as before
    /// the click. The page writes both on the item: the time in the message, the count for tools (data-outcomes).
    /// </summary>
    public int Outcomes { get; private set; }
    public DateTimeOffset? OutcomeAt { get; private set; }

    /// <summary>Typed in this tab, never acknowledged, lost with a connection, and different from what is saved.</summary>
    public UnsavedInput? Unsaved { get; private set; }

    public string ElementId => "item-" + Item.Id;
    public bool IsNa => string.Equals(Value, AnswerText.NotApplicableText, StringComparison.OrdinalIgnoreCase);

    /// <summary>Saves after the user stops typing for a moment; leaving the field saves at once (Flush).</summary>
    public async Task DebounceAsync(Func<Task> save)
    {
        debounce?.Cancel();
        debounce = new CancellationTokenSource();
        try
        {
            var mine = debounce;
            await Task.Delay(TimeSpan.FromMilliseconds(600), mine.Token);
            mine.Cancel();
            await save();
        }
        catch (TaskCanceledException) { /* a newer keystroke or a blur took over */ }
    }

    /// <summary>Typed input is waiting for its debounced save.</summary>
    public bool HasPendingInput => debounce is { IsCancellationRequested: false };

    public void CancelDebounce() => debounce?.Cancel();

    /// <param name="send">Sends the edit to the service; the page supplies it (round, jurisdiction).</param>
    /// <param name="changed">Re-renders the page after each step.</param>
    public async Task SaveAsync(Func<ItemEdit, Task<SaveResult>> send, Action changed)
    {
        if (running)
        {
            pending = true;
            return;
        }
        running = true;
        try
        {
            do
            {
                pending = false;
                State = SaveState.Saving;
                changed();
                var edit = new ItemEdit(Item.Id, Value, EvidenceText, EvidenceLink, Version);
                Apply(await TrySend(send, edit), edit);
                // A newer input is waiting and goes out at once: the page goes on saying "saving" for it, not "saved"
                // for the older one (which the user already changed).
                if (!(pending && State is SaveState.Saved or SaveState.Invalid or SaveState.Failed)) changed();
            }
            while (pending && State is SaveState.Saved or SaveState.Invalid or SaveState.Failed);
        }
        finally { running = false; }
    }

    /// <summary>A new page found typing the old one never saved: offer it unless it equals what is saved.</summary>
    public bool Offer(UnsavedInput input)
    {
        Unsaved = input.Against(Item, Saved);
        return Unsaved is not null;
    }

    /// <summary>The user takes the unsaved typing back into the inputs; the page then saves it like any change.</summary>
    public void RestoreUnsaved()
    {
        if (Unsaved is not { } u) return;
        if (u.Value is not null) Value = u.Value.Length == 0 ? null : u.Value;
        if (u.EvidenceText is not null) EvidenceText = u.EvidenceText;
        if (u.EvidenceLink is not null) EvidenceLink = u.EvidenceLink;
        Unsaved = null;
    }

    public void DiscardUnsaved() => Unsaved = null;

    /// <summary>After a conflict: take what is saved now and drop this page's change.</summary>
    public void UseTheirs(StoredAnswer? current)
    {
        Value = current?.Value;
        EvidenceText = current?.EvidenceText;
        EvidenceLink = current?.EvidenceLink;
        Acknowledge(current?.Version ?? 0, current);
    }

    /// <summary>After a conflict: save this page's answer over the other one, knowingly.</summary>
    public void KeepMine()
    {
        if (Conflict is { } c) Version = c.CurrentVersion;
    }

    private static async Task<SaveResult?> TrySend(Func<ItemEdit, Task<SaveResult>> send, ItemEdit edit)
    {
        try { return await send(edit); }
        // Signed out or the role taken away meanwhile: say so at the item rather than "failed".
        catch (Security.ForbiddenException e) { return new SaveResult.ReadOnly(e.Message); }
        catch (Exception e) when (e is not OperationCanceledException) { return null; }
    }

    private void Apply(SaveResult? result, ItemEdit sent)
    {
        Outcomes++;
        OutcomeAt = clock.GetUtcNow();
        Conflict = null;
        Message = null;
        switch (result)
        {
            case SaveResult.Saved s: Acknowledge(s.Version, Stored(sent, s.Version)); break;
            case SaveResult.Unchanged u: Acknowledge(u.Version, u.Version == 0 ? null : Stored(sent, u.Version)); break;
            case SaveResult.Conflict c:
                State = SaveState.Conflict;
                Conflict = c;
                break;
            case SaveResult.Invalid i:
                State = SaveState.Invalid;
                Message = i.Message;
                break;
            case SaveResult.ReadOnly r:
                State = SaveState.ReadOnly;
                Message = r.Message;
                break;
            case SaveResult.StorageFull:
                State = SaveState.Failed;
                Message = QuestionnaireTexts.StorageFull.Localized();
                break;
            default:
                State = SaveState.Failed;
                Message = QuestionnaireTexts.SaveFailed.Localized();
                break;
        }
    }

    // What the server now holds is exactly what was sent (the store writes the canonical form of the same answer), which
    // may no longer be what the inputs show: the user can change an answer while its save is on the way.
    private StoredAnswer Stored(ItemEdit sent, long version)
    {
        var answer = AnswerText.Parse(Item, sent.Value) is { Ok: true, Answer: { } a } ? a : null;
        return new(Item.Id, answer is null ? null : AnswerText.Format(answer), answer is Answer.NotApplicable,
            Blank(sent.EvidenceText), Blank(sent.EvidenceLink), version, Saved?.UpdatedBy ?? "", "");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private void Acknowledge(long version, StoredAnswer? saved)
    {
        Version = version;
        Saved = saved;
        State = SaveState.Saved;
        SavedAt = clock.GetUtcNow();
        Conflict = null;
        Message = null;
    }
}
