"use strict";
const WORDS = JSON.parse(document.body.dataset.words || "{}");  // the page's language, from Deck
const t = (text) => WORDS[text] || text;
// Deck in the browser: the desktop deck's pages and buttons, live over a WebSocket.
const $ = (id) => document.getElementById(id);
let deck = null, pageId = null, socket = null, retry = 500;

function readable(hex) {  // black or white, whichever reads better on the button's colour (as the desktop does)
  const v = parseInt(hex.slice(1), 16), lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const l = 0.2126 * lin(v >> 16 & 255) + 0.7152 * lin(v >> 8 & 255) + 0.0722 * lin(v & 255);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? "#000000" : "#ffffff";
}

function status(text, bad) { const s = $("status"); s.textContent = text; s.classList.toggle("bad", !!bad); }

async function api(path, body) {
  const response = await fetch(path, body === undefined ? {credentials: "same-origin"} :
    {method: "POST", credentials: "same-origin", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  let data = {};
  try { data = await response.json(); } catch (e) { /* no body */ }
  return {status: response.status, data};
}

function showPairing(show) {
  $("pair").hidden = !show; $("grid").hidden = show; $("pages").hidden = show;
  if (show) { status(t("Not paired")); $("code").focus(); }
}

async function load() {
  const {status: code, data} = await api("/api/deck");
  if (code === 401) { showPairing(true); return; }
  if (code !== 200) { status(data.error || t("Deck did not answer"), true); return; }
  showPairing(false); render(data); connect();
}

function render(next) {
  deck = next;
  if (!deck.pages.some((p) => p.id === pageId)) pageId = deck.pages.length ? deck.pages[0].id : null;
  const nav = $("pages"); nav.textContent = "";
  for (const page of deck.pages) {
    const tab = document.createElement("button");
    tab.textContent = page.name; tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(page.id === pageId));
    tab.onclick = () => { pageId = page.id; render(deck); };
    nav.appendChild(tab);
  }
  const page = deck.pages.find((p) => p.id === pageId);
  const grid = $("grid"); grid.textContent = "";
  if (!page) return;
  grid.style.gridTemplateColumns = `repeat(${page.cols}, minmax(0, 1fr))`;
  const byPlace = new Map(page.cells.map((c) => [`${c.row},${c.col}`, c]));
  for (let r = 0; r < page.rows; r++) for (let c = 0; c < page.cols; c++) {
    const cell = byPlace.get(`${r},${c}`);
    const el = document.createElement("button");
    el.className = "cell";
    if (!cell) { el.classList.add("empty"); el.tabIndex = -1; grid.appendChild(el); continue; }
    el.dataset.id = cell.id;
    if (cell.color) el.style.background = cell.color;
    if (cell.text_color || cell.color) el.style.color = cell.text_color || readable(cell.color);
    if (cell.icon) { const i = document.createElement("span"); i.className = "icon";
      i.style.setProperty("--icon", `url(/icons/${cell.icon}.svg)`); el.appendChild(i); }
    const label = document.createElement("span"); label.textContent = cell.label || "·"; el.appendChild(label);
    const state = document.createElement("span"); state.className = "state";
    if (cell.words) { state.textContent = cell.on === null ? "…" : cell.words[cell.on ? 0 : 1]; el.classList.toggle("on", !!cell.on);
      el.setAttribute("aria-pressed", String(!!cell.on)); }
    if (cell.state === "running" || cell.state === "queued") { el.classList.add("running"); state.textContent = cell.state === "queued" ? t("waiting") : t("running"); }
    if (cell.state === "failed") { el.classList.add("failed"); state.textContent = t("✗ failed"); el.title = cell.detail; }
    el.appendChild(state);
    el.onpointerdown = () => el.classList.add("pressed");
    el.onpointerup = el.onpointerleave = () => el.classList.remove("pressed");
    el.onclick = () => press(cell);
    grid.appendChild(el);
  }
}

async function press(cell, confirmed) {
  const {status: code, data} = await api("/api/press", {cell: cell.id, confirmed: !!confirmed});
  if (code === 401) { showPairing(true); return; }
  if (data.ask) { if (window.confirm(data.ask)) press(cell, true); return; }
  if (data.folder) { pageId = data.folder; render(deck); return; }
  if (code !== 200) status(data.error || t("Not run"), true);
}

function connect() {
  if (socket && socket.readyState <= 1) return;
  socket = new WebSocket(`ws://${location.host}/api/live`);
  socket.onopen = () => { retry = 500; status(t("Live")); };
  socket.onmessage = (event) => { const data = JSON.parse(event.data); if (data.type === "deck") render(data); };
  socket.onclose = () => {
    status(t("Reconnecting…"), true);
    setTimeout(async () => { const {status: code} = await api("/api/deck").catch(() => ({status: 0}));
      if (code === 401) showPairing(true); else connect(); }, retry);
    retry = Math.min(retry * 2, 8000);
  };
}

$("pair").onsubmit = async (event) => {
  event.preventDefault();
  const {status: code, data} = await api("/api/pair", {code: $("code").value, name: $("name").value || navigator.platform});
  if (code === 200) { $("pairError").textContent = ""; load(); } else $("pairError").textContent = data.error || t("Not paired");
};
const fromQr = /^#pair=(\d{6})$/.exec(location.hash);  // the code the app's QR code carried
if (fromQr) { $("code").value = fromQr[1]; history.replaceState(null, "", location.pathname); }
load();
