// Scrolls to the item the user saved last, unless the address names a place of its own (a link to a missing item).
export function resumeAt(id) {
    if (location.hash) return;
    const element = document.getElementById(id);
    if (element) element.scrollIntoView({ block: "center" });
}

export function show(id) {
    document.getElementById(id)?.scrollIntoView({ block: "start" });
}

// Typing the server never acknowledged, kept in this tab (sessionStorage: it survives a reload, not the tab).
// A connection can die silently: until the browser notices, clicks and keystrokes go nowhere, and once the server has
// dropped the page (after its retention period) the browser gets a new one built from what was saved. So every input
// is noted here as it happens and forgotten when the server acknowledges that value; what is left when a new page
// opens is what was not saved, and the page offers it back (Respond.razor). Only this response's page reads it.
const draftsPrefix = "assessment:drafts:";
const openPrefix = "assessment:open:";
const lostKey = "assessment:connection-lost-at";   // set by Layout/ReconnectModal.razor.js when a connection drops
const fields = ["value", "evidenceText", "evidenceLink"];
let current = null;

/** A new page of response `key` is on screen: returns the unsaved typing and, if the connection dropped while an
 *  earlier page of it was open (so this one replaces it), when that happened. */
export function opened(key) {
    if (current === null) {
        document.addEventListener("input", note, true);
        document.addEventListener("change", note, true);
    }
    current = key;
    const lostAt = sessionStorage.getItem(lostKey);
    const openedAt = sessionStorage.getItem(openPrefix + key);
    sessionStorage.removeItem(lostKey);
    sessionStorage.setItem(openPrefix + key, new Date().toISOString());
    return { lostAt: lostAt && openedAt && lostAt >= openedAt ? lostAt : null, drafts: load(key) };
}

/** The page was left inside the app, with its connection alive: nothing of it was lost. */
export function closed(key) {
    sessionStorage.removeItem(openPrefix + key);
    if (current === key) current = null;
}

/** The server saved this item with these values: the noted typing that equals them is no longer unsaved. */
export function acknowledged(key, id, value, evidenceText, evidenceLink) {
    const drafts = load(key);
    const draft = drafts[id];
    if (!draft) return;
    const saved = { value, evidenceText, evidenceLink };
    for (const field of fields) {
        if (field in draft && (draft[field] ?? "") === (saved[field] ?? "")) delete draft[field];
    }
    if (!fields.some(f => f in draft)) delete drafts[id];
    store(key, drafts);
}

/** The user chose to drop the unsaved typing of an item (or it equals what is saved). */
export function discard(key, id) {
    const drafts = load(key);
    delete drafts[id];
    store(key, drafts);
}

function note(event) {
    const target = event.target;
    const item = target?.closest?.(".q-item[data-item]");
    if (current === null || !item) return;
    const entry = read(item, target);
    if (!entry) return;
    const drafts = load(current);
    drafts[item.dataset.item] = { ...drafts[item.dataset.item], [entry[0]]: entry[1], at: new Date().toISOString() };
    store(current, drafts);
}

// Which field of the item an input is and the value it now gives, in the form the page saves (ItemInput.razor).
function read(item, input) {
    const base = item.id;
    if (input.id === base + "-evidence") return ["evidenceText", input.value];
    if (input.id === base + "-link") return ["evidenceLink", input.value];
    if (input.id === base + "-value") return ["value", input.value];
    if (input.type === "radio" && input.name === base + "-value") return input.checked ? ["value", input.dataset.value] : null;
    if (input.type !== "checkbox") return null;
    if (input.closest("[data-testid=na]") || input.matches("[data-testid=na]")) return ["value", input.checked ? "NA" : ""];
    const keys = [...item.querySelectorAll("input[type=checkbox]")].map(box => [box, optionKey(box)])
        .filter(([box, key]) => key && box.checked).map(([, key]) => key);
    return optionKey(input) ? ["value", keys.length === 0 ? ";" : keys.join(";")] : null;
}

const optionKey = box => box.dataset.option ?? box.closest("[data-option]")?.dataset.option;

function load(key) {
    try { return JSON.parse(sessionStorage.getItem(draftsPrefix + key) ?? "{}"); }
    catch { return {}; }
}

function store(key, drafts) {
    try {
        if (Object.keys(drafts).length === 0) sessionStorage.removeItem(draftsPrefix + key);
        else sessionStorage.setItem(draftsPrefix + key, JSON.stringify(drafts));
    } catch { /* storage full or off: the page still saves; only this safety net is missing */ }
}
