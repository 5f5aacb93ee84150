// Scrolls to the item the user saved last, unless the address names a place of its own (a link to a missing item).
export function resumeAt(id) {
    if (location.hash) return;
    const element = document.getElementById(id);
    if (element) element.scrollIntoView({ block: "center" });
}

export function show(id) {
    document.getElementById(id)?.scrollIntoView({ block: "start" });
}
