// The desk page: checks the copy with POST /v1/check, shows each finding in
// place and beside the text, applies one fix in the page or all safe fixes
// with POST /v1/fix.
//
// Positions: the report counts byte offsets in the UTF-8 text; a JavaScript
// string counts UTF-16 code units. utf16Offsets maps the one to the other
// over the very text that was checked, so an emoji or an accented letter
// before a finding does not shift it.
"use strict";

const $ = (id) => document.getElementById(id);
const text = $("text");
const view = $("view");
const list = $("findings");
const status = $("status");

let checked = null; // {text, report, toUTF16} of the last check, or null
const hiddenRules = new Set(); // rules unticked in the filter; kept across checks
let pending = null; // the timer of the check after typing
let seq = 0; // checks started: an answer to an older one is dropped

// utf16Offsets returns a function from a byte offset in the UTF-8 form of s
// to the UTF-16 offset in s. A lone surrogate counts 3 bytes, as the U+FFFD
// it becomes in UTF-8.
function utf16Offsets(s) {
  const at = new Map();
  let bytes = 0;
  for (let i = 0; i < s.length; ) {
    at.set(bytes, i);
    const cp = s.codePointAt(i);
    const units = cp > 0xffff ? 2 : 1;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += units;
  }
  at.set(bytes, s.length);
  return (b) => {
    const u = at.get(b);
    if (u === undefined) throw new Error("offset " + b + " is not at a character of the text");
    return u;
  };
}

function request(path, body) {
  body.format = $("format").value;
  if ($("language").value) body.language = $("language").value;
  return fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  }).then(async (r) => {
    const data = await r.json();
    if (!r.ok) throw new Error(data.error ? data.error.message : r.statusText);
    return data;
  });
}

function say(msg) {
  status.textContent = msg;
}

async function check() {
  clearTimeout(pending);
  const mine = ++seq;
  const t = text.value;
  say("Checking…");
  try {
    const report = await request("/v1/check", { text: t });
    if (mine !== seq) return;
    checked = { text: t, report, toUTF16: utf16Offsets(t) };
    render();
    const n = report.findings.length;
    say(n === 0 ? "No findings." : n + (n === 1 ? " finding." : " findings."));
  } catch (e) {
    if (mine === seq) say("Could not check: " + e.message);
  }
}

// visible are the findings of rules the filter shows, with their place in
// the text in UTF-16 units.
function visible() {
  return checked.report.findings
    .map((f, i) => ({ f, i, s: checked.toUTF16(f.start.offset), e: checked.toUTF16(f.end.offset) }))
    .filter((x) => !hiddenRules.has(x.f.rule));
}

const rank = { error: 3, warning: 2, info: 1 };

function render() {
  renderFilter();
  const shown = visible();
  renderView(shown);
  renderList(shown);
  $("count").textContent = "(" + shown.length + " of " + checked.report.findings.length + ")";
  $("fix-all").disabled = !checked.report.findings.some((f) => f.fixes.some((x) => x.safe));
}

// renderView shows the text with every finding marked. Findings may
// overlap, so the text is cut at every finding's start and end, and each
// piece is marked with the most severe of the findings covering it.
function renderView(shown) {
  const t = checked.text;
  const cuts = new Set([0, t.length]);
  for (const x of shown) {
    cuts.add(x.s);
    cuts.add(x.e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let k = 0; k < points.length; k++) {
    const from = points[k];
    for (const x of shown.filter((x) => x.s === from && x.e === from)) {
      frag.append(mark([x], "⁁", "insert")); // a finding that wants something inserted here
    }
    if (k === points.length - 1) break;
    const to = points[k + 1];
    const piece = t.slice(from, to);
    const over = shown.filter((x) => x.s <= from && x.e >= to && x.s < x.e);
    frag.append(over.length ? mark(over, piece) : document.createTextNode(piece));
  }
  view.replaceChildren(frag);
}

function mark(over, piece, extra) {
  const worst = over.reduce((a, b) => (rank[b.f.severity] > rank[a.f.severity] ? b : a));
  const m = document.createElement("mark");
  m.className = "sev-" + worst.f.severity + (extra ? " " + extra : "");
  m.dataset.findings = over.map((x) => x.i).join(" ");
  m.title = over.map((x) => x.f.rule + ": " + x.f.message).join("\n");
  m.textContent = piece;
  m.addEventListener("click", () => focusFinding(over[0].i));
  return m;
}

function renderFilter() {
  const counts = new Map();
  for (const f of checked.report.findings) counts.set(f.rule, (counts.get(f.rule) || 0) + 1);
  const box = $("filter-rules");
  box.replaceChildren();
  for (const rule of [...counts.keys()].sort()) {
    const id = "rule-" + rule;
    const input = Object.assign(document.createElement("input"), { type: "checkbox", id, checked: !hiddenRules.has(rule) });
    input.addEventListener("change", () => {
      if (input.checked) hiddenRules.delete(rule);
      else hiddenRules.add(rule);
      render();
      $(id).focus(); // render rebuilt the box
    });
    const label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = rule + " (" + counts.get(rule) + ")";
    const span = document.createElement("span");
    span.append(input, " ", label);
    box.append(span);
  }
  $("filter").hidden = counts.size === 0;
}

function renderList(shown) {
  list.replaceChildren();
  for (const x of shown) {
    const f = x.f;
    const li = document.createElement("li");
    li.id = "finding-" + x.i;
    li.dataset.severity = f.severity;
    li.tabIndex = -1;
    const head = document.createElement("div");
    const sev = Object.assign(document.createElement("span"), { className: "sev sev-" + f.severity, textContent: f.severity });
    const where = Object.assign(document.createElement("span"), {
      className: "where",
      textContent: " " + f.rule + " · line " + f.start.line + ", column " + f.start.column,
    });
    head.append(sev, where);
    const msg = document.createElement("p");
    msg.append(...withDiff(f.message));
    li.append(head, msg);
    if (f.related && f.related.length) li.append(relatedList(f));
    if (f.text) {
      const p = document.createElement("p");
      p.append(Object.assign(document.createElement("span"), { className: "flagged", textContent: f.text }));
      li.append(p);
    }
    const fixes = Object.assign(document.createElement("div"), { className: "fixes" });
    const show = Object.assign(document.createElement("button"), { type: "button", textContent: "Show in text" });
    show.addEventListener("click", () => showInText(x.i));
    fixes.append(show);
    for (const fix of f.fixes) {
      const b = Object.assign(document.createElement("button"), {
        type: "button",
        className: "apply" + (fix.safe ? "" : " unsafe"),
        textContent: (fix.safe ? "Fix: " : "Fix (check it): ") + fix.message,
      });
      b.addEventListener("click", () => applyFix(fix));
      fixes.append(b);
    }
    li.append(fixes);
    list.append(li);
  }
}

// withDiff splits a message holding a word diff (the misquote rule's
// "… a [-great-] {+big+} wall …": the record's words, then the copy's)
// into text and <del>/<ins> elements, so that the changed words stand out;
// any other message is one text node. Only text nodes are made: a
// message is never read as HTML.
function withDiff(msg) {
  const out = [];
  let at = 0;
  for (const m of msg.matchAll(/\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g)) {
    if (m.index > at) out.push(msg.slice(at, m.index));
    const removed = m[1] !== undefined;
    out.push(Object.assign(document.createElement(removed ? "del" : "ins"), {
      textContent: removed ? m[1] : m[2],
      title: removed ? "removed" : "added",
    }));
    at = m.index + m[0].length;
  }
  if (at < msg.length) out.push(msg.slice(at));
  return out;
}

// relatedList names each related place of a finding, with what the rule
// says of it: another place in the copy by line and column, a place in
// another file (a misquote's passage in the desk's record, on the
// server) as file:line:column.
function relatedList(f) {
  const ul = Object.assign(document.createElement("ul"), { className: "related" });
  for (const r of f.related) {
    const where = r.path === f.path
      ? "line " + r.start.line + ", column " + r.start.column
      : r.path + ":" + r.start.line + ":" + r.start.column;
    const li = document.createElement("li");
    li.append(Object.assign(document.createElement("span"), { className: "place", textContent: where }), " " + r.message);
    ul.append(li);
  }
  return ul;
}

function clearCurrent() {
  for (const el of document.querySelectorAll(".current")) el.classList.remove("current");
}

function showInText(i) {
  clearCurrent();
  const marks = [...view.querySelectorAll("mark")].filter((m) => m.dataset.findings.split(" ").includes(String(i)));
  for (const m of marks) m.classList.add("current");
  if (marks.length) marks[0].scrollIntoView({ block: "center" });
  $("finding-" + i).classList.add("current");
}

function focusFinding(i) {
  showInText(i);
  const li = $("finding-" + i);
  li.scrollIntoView({ block: "nearest" });
  li.focus();
}

// applyFix applies one fix's edits in the page, from the last to the first,
// to the text that was checked, and checks the result.
async function applyFix(fix) {
  if (!checked || text.value !== checked.text) {
    say("The text changed since it was checked; checking again first.");
    await check();
    return;
  }
  let t = checked.text;
  const edits = fix.edits
    .map((e) => ({ s: checked.toUTF16(e.start.offset), e: checked.toUTF16(e.end.offset), n: e.newText }))
    .sort((a, b) => b.s - a.s || b.e - a.e); // an insertion before a replacement at the same place
  for (const e of edits) t = t.slice(0, e.s) + e.n + t.slice(e.e);
  text.value = t;
  say("Applied: " + fix.message);
  await check();
}

async function fixAll() {
  const t = text.value;
  say("Applying safe fixes…");
  try {
    const r = await request("/v1/fix", { text: t });
    if (text.value !== t) return say("The text changed while fixing; nothing applied.");
    text.value = r.text;
    await check();
    say("Applied " + r.edits + (r.edits === 1 ? " edit." : " edits.") + (r.notes.length ? " " + r.notes.join(" ") : ""));
  } catch (e) {
    say("Could not fix: " + e.message);
  }
}

async function copyText() {
  try {
    await navigator.clipboard.writeText(text.value);
  } catch {
    text.select();
    document.execCommand("copy");
  }
  say("Text copied.");
}

// A file dropped on the text area is read into it, its format taken from
// its name.
function dropFile(ev) {
  ev.preventDefault();
  text.classList.remove("dragging");
  const file = ev.dataTransfer.files[0];
  if (!file) return;
  const ext = file.name.toLowerCase().split(".").pop();
  const format = { md: "md", markdown: "md", html: "html", htm: "html" }[ext] || "txt";
  $("format").value = format;
  file.text().then((t) => {
    text.value = t;
    check();
  });
}

$("check").addEventListener("click", check);
$("fix-all").addEventListener("click", fixAll);
$("copy").addEventListener("click", copyText);
$("format").addEventListener("change", check);
$("language").addEventListener("change", check);
text.addEventListener("input", () => {
  clearTimeout(pending);
  pending = setTimeout(check, 600);
});
text.addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
    ev.preventDefault();
    check();
  }
});
text.addEventListener("dragover", (ev) => {
  ev.preventDefault();
  text.classList.add("dragging");
});
text.addEventListener("dragleave", () => text.classList.remove("dragging"));
text.addEventListener("drop", dropFile);
