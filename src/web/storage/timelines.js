// IndexedDB for the timelines (see timelines.rs): one object store, an incident's id to its
// timeline's JSON text. Promises, so the Rust side awaits them; a failure rejects.
let opened;
const database = () => (opened ??= new Promise((resolve, reject) => {
  const request = indexedDB.open("incident-navi", 1);
  request.onupgradeneeded = () => request.result.createObjectStore("timelines");
  request.onsuccess = () => {
    // A later build upgrading the database asks open tabs to let go: this one does (a write
    // then fails and its timeline stays in localStorage, as where IndexedDB cannot be had).
    request.result.onversionchange = () => { request.result.close(); opened = undefined; };
    resolve(request.result);
  };
  request.onerror = () => reject(request.error);
}));
// Settles when the transaction has committed (or failed), with the results of the requests.
const run = (mode, work) => database().then((db) => new Promise((resolve, reject) => {
  // "strict": complete only once the disk has it, since the copy in localStorage goes then.
  const tx = db.transaction("timelines", mode, { durability: "strict" });
  const asked = work(tx.objectStore("timelines"));
  tx.oncomplete = () => resolve(asked.map((r) => r.result));
  tx.onerror = tx.onabort = () => reject(tx.error);
}));
/** Every stored timeline: [ids, texts]. */
export const readTimelines = () => run("readonly", (s) => [s.getAllKeys(), s.getAll()]);
/** Stores `text` as the timeline of `id`; settles once it is on disk. */
export const putTimeline = (id, text) => run("readwrite", (s) => [s.put(text, id)]);
/** Removes the timeline of `id`. */
export const deleteTimeline = (id) => run("readwrite", (s) => [s.delete(id)]);
