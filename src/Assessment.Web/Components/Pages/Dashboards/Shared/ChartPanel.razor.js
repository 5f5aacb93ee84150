// Saves generated text as a file: the CSV is built on the server from the rows the table shows, so the download
// never differs from the screen. A byte-order mark lets spreadsheet programs read the Chinese names as UTF-8.
export function downloadText(fileName, text) {
    const url = URL.createObjectURL(new Blob(["\uFEFF" + text], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}
