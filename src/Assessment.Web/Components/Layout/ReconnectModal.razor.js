// Opens and closes the reconnect dialog as blazor.web.js reports the connection's state, and notes when it dropped
// (sessionStorage) so that a questionnaire page opened instead of the lost one can say so (Questionnaire/Respond.razor.js).
const dialog = document.getElementById("components-reconnect-modal");
const lostKey = "assessment:connection-lost-at";

dialog?.addEventListener("components-reconnect-state-changed", event => {
    switch (event.detail.state) {
        case "show":
        case "retrying":
            if (!sessionStorage.getItem(lostKey)) sessionStorage.setItem(lostKey, new Date().toISOString());
            if (!dialog.open) dialog.showModal();
            break;
        case "hide":
            dialog.close();
            break;
        case "paused":
            if (!dialog.open) dialog.showModal();
            break;
        case "failed":
            document.addEventListener("visibilitychange", retryWhenVisible);
            break;
        case "rejected":
            // The server no longer has the page (kept for its retention period): load it again, from what was saved.
            location.reload();
            break;
    }
});

document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
document.getElementById("components-resume-button")?.addEventListener("click", resume);
document.getElementById("components-reload-button")?.addEventListener("click", () => location.reload());

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        // true: the same page again; false: the server answered but no longer has it (then try to resume it, else reload).
        if (!await Blazor.reconnect() && !await Blazor.resumeCircuit()) location.reload();
    } catch {
        // Still unreachable: the dialog stays with its Retry button.
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try { if (!await Blazor.resumeCircuit()) location.reload(); }
    catch { location.reload(); }
}

// A phone that slept with the page open: try again as soon as the page is looked at.
async function retryWhenVisible() {
    if (document.visibilityState === "visible") await retry();
}
