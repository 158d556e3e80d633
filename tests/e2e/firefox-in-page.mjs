// The part of the Firefox shim that runs in the page (serialised by puppeteer): Playwright's
// locator semantics — text, role and accessible name, visibility, strictness — over the DOM.
// Apart from firefox-shim.mjs, which drives the browser, so each stays one job and short.

// Serialised for the page: a RegExp travels as its source and flags.
export const wire = (v) => (v instanceof RegExp ? { re: v.source, flags: v.flags } : v);

// Runs in the page: the elements the steps select, and one operation on them.
export function inPage(steps, op, arg) {
  const norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();
  const matches = (text, want) => (typeof want === "string"
    ? norm(text).toLowerCase().includes(norm(want).toLowerCase())
    : new RegExp(want.re, want.flags).test(norm(text)));
  const visible = (el) => {
    if (!el.isConnected) return false;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden") return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (el.checkVisibility?.() ?? true);
  };
  const roleOf = (el) => {
    const explicit = el.getAttribute("role");
    if (explicit) return explicit.split(" ")[0];
    const tag = el.localName;
    const type = (el.getAttribute("type") ?? "text").toLowerCase();
    if (tag === "button" || (tag === "input" && ["button", "submit", "reset"].includes(type))) return "button";
    if (tag === "a" && el.hasAttribute("href")) return "link";
    if (tag === "input" && type === "checkbox") return "checkbox";
    if (tag === "input" && type === "radio") return "radio";
    if (tag === "textarea" || (tag === "input" && ["text", "email", "tel", "url", "search"].includes(type))) return "textbox";
    if (/^h[1-6]$/.test(tag)) return "heading";
    if (tag === "select") return "combobox";
    if (tag === "nav") return "navigation";
    if (tag === "main") return "main";
    return null;
  };
  const nameOf = (el) => {
    const by = el.getAttribute("aria-labelledby");
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    if (el.hasAttribute("aria-label")) return el.getAttribute("aria-label");
    if (el.labels?.length) return [...el.labels].map((l) => l.textContent).join(" ");
    if (el.localName === "input") return el.value || el.title;
    return el.textContent || el.title;
  };
  let found = [document];
  for (const step of steps) {
    if (step.css) found = found.flatMap((root) => [...root.querySelectorAll(step.css)]);
    else if (step.hasText) found = found.filter((el) => matches(el.textContent, step.hasText));
    else if (step.role) {
      found = found.flatMap((root) => [...root.querySelectorAll("*")])
        .filter((el) => roleOf(el) === step.role && visible(el) && !el.closest("[aria-hidden=true]"))
        .filter((el) => step.name === undefined || (step.exact
          ? norm(nameOf(el)) === norm(step.name)
          : matches(nameOf(el), step.name)));
    } else if ("nth" in step) {
      const el = found.at(step.nth);
      found = el ? [el] : [];
    }
  }
  found = [...new Set(found)];
  if (op === "count") return found.length;
  if (op === "visible") return found.length === 1 && visible(found[0]);
  if (op === "element") return found.length === 1 ? found[0] : null;
  if (op === "all") return found;
  if (found.length !== 1) return { missing: found.length };
  const el = found[0];
  switch (op) {
    case "ready": return { ok: visible(el) && !el.matches(":disabled") };
    case "text": return { value: el.textContent };
    case "value": return { value: el.value };
    case "checked": return { value: el.checked };
    case "disabled": return { value: el.matches(":disabled") || el.getAttribute("aria-disabled") === "true" };
    case "attr": return { value: el.getAttribute(arg) };
    case "focus": el.focus(); return { value: true };
    case "blur": el.blur(); return { value: true };
    case "dispatch": el.dispatchEvent(new Event(arg, { bubbles: true, cancelable: true, composed: true })); return { value: true };
    case "select": el.focus(); el.select?.(); return { value: ["date", "time", "datetime-local", "month", "week", "color", "range"].includes(el.type) };
    case "option": {
      const option = [...el.options].find((o) => o.textContent === arg);
      if (!option) throw new Error(`no option ${arg}`);
      el.value = option.value; el.dispatchEvent(new Event("input", { bubbles: true })); el.dispatchEvent(new Event("change", { bubbles: true })); return { value: true };
    }
    case "set": el.value = arg; el.dispatchEvent(new Event("input", { bubbles: true })); el.dispatchEvent(new Event("change", { bubbles: true })); return { value: true };
    default: throw new Error(`unknown op ${op}`);
  }
}
