// StratPlanner workshop: the participant's phone page.
// Vanilla JS, no framework, no external files. Participant text is only ever set
// with textContent (never as markup), and the CSP forbids inline script and style.
"use strict";

(() => {
  const KEY_STORE = "stratplanner.workshop.key";
  const CODE_STORE = "stratplanner.workshop.code";
  const WAIT_STORE = "stratplanner.workshop.wait";
  const POLL_MS = 1500;
  const SIDE_NAMES = { business: "Business", it: "IT" };
  const MOSCOW = [
    ["must", "Must"],
    ["should", "Should"],
    ["could", "Could"],
    ["wont", "Won't"],
  ];
  const METHOD_NAMES = {
    dots: "Dot voting",
    points: "100 points",
    moscow: "MoSCoW",
    pairwise: "Pairwise",
    criteria: "Scoring",
    budget: "Budget",
  };

  const app = document.getElementById("app");

  // ----- storage that survives private browsing -----------------------------------------------
  const memory = {};
  function store(area, name, value) {
    try {
      if (value === null) window[area].removeItem(name);
      else window[area].setItem(name, JSON.stringify(value));
    } catch (e) {
      memory[area + name] = value;
    }
  }
  function load(area, name) {
    try {
      const raw = window[area].getItem(name);
      return raw === null ? (memory[area + name] ?? null) : JSON.parse(raw);
    } catch (e) {
      return memory[area + name] ?? null;
    }
  }

  // ----- the QR link's token leaves the address bar at once -----------------------------------
  const joinPath = /^\/j\/([A-Za-z0-9_-]{1,64})$/.exec(location.pathname);
  if (joinPath) {
    store("sessionStorage", CODE_STORE, { token: joinPath[1] });
    history.replaceState(null, "", "/");
  }

  // ----- small helpers ----------------------------------------------------------------------------
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") el.className = value;
      else if (name === "text") el.textContent = value;
      else if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
      else if (name in el && typeof value !== "string") el[name] = value;
      else el.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return el;
  }

  function nonce() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  async function api(method, path, body, extra) {
    const headers = { Accept: "application/json", ...(extra || {}) };
    const key = load("localStorage", KEY_STORE);
    if (key) headers["X-Workshop-Key"] = key;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
      redirect: "error",
    });
    let data = {};
    try {
      data = await response.json();
    } catch (e) {
      data = { error: "The server gave an unreadable answer; try again." };
    }
    return { status: response.status, data };
  }

  function cents(text) {
    if (text === null || text === undefined) return null;
    const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(text).replace(/[,\s]/g, ""));
    if (!m) return null;
    return Number(m[1]) * 100 + Number((m[2] || "0").padEnd(2, "0"));
  }

  function money(centsValue, currency) {
    const whole = centsValue % 100 === 0;
    try {
      return new Intl.NumberFormat(undefined, {
        style: "currency",
        currency: currency || "USD",
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: whole ? 0 : 2,
      }).format(centsValue / 100);
    } catch (e) {
      return (centsValue / 100).toLocaleString() + " " + (currency || "");
    }
  }

  function moneyText(text, currency) {
    const c = cents(text);
    return c === null ? String(text) : money(c, currency);
  }

  function scoreText(score) {
    if (typeof score !== "number" || !isFinite(score)) return "";
    return Number.isInteger(score) ? String(score) : score.toFixed(1);
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function footer() {
    return h(
      "footer",
      { class: "footer" },
      h("p", {
        text:
          "Plain HTTP on this room's local network: don't type anything secret here. " +
          "Votes go only to the facilitator's laptop.",
      }),
    );
  }

  function show(...children) {
    app.replaceChildren(...children.filter((c) => c !== null && c !== undefined), footer());
  }

  function errorBox(text) {
    return text ? h("p", { class: "error", role: "alert", text }) : null;
  }

  // ----- joining --------------------------------------------------------------------------------
  let participants = [];
  let joinError = "";
  let filter = "";

  function code() {
    return load("sessionStorage", CODE_STORE);
  }

  function startAgain(message) {
    store("localStorage", KEY_STORE, null);
    store("sessionStorage", WAIT_STORE, null);
    stopPolling();
    joinError = message || "";
    if (code()) enter();
    else showPin();
  }

  function showPin() {
    const input = h("input", {
      id: "pin",
      class: "pin",
      type: "text",
      inputmode: "numeric",
      autocomplete: "one-time-code",
      pattern: "[0-9]*",
      maxlength: "7",
      placeholder: "000000",
      "aria-label": "PIN",
      required: true,
    });
    const form = h(
      "form",
      {
        class: "card stack",
        onsubmit: (event) => {
          event.preventDefault();
          const pin = input.value.replace(/\D/g, "");
          if (pin.length !== 6) {
            joinError = "The PIN has six digits; type all six.";
            showPin();
            return;
          }
          store("sessionStorage", CODE_STORE, { pin });
          enter();
        },
      },
      h("label", { for: "pin", class: "label", text: "PIN shown on the screen" }),
      input,
      errorBox(joinError),
      h("button", { class: "primary", type: "submit", text: "Join" }),
    );
    show(
      h("header", { class: "top" }, h("p", { class: "eyebrow", text: "StratPlanner workshop" })),
      h("h1", { text: "Join the vote" }),
      h("p", {
        class: "muted",
        text: "Scan the QR code on the screen, or type the six-digit PIN shown under it.",
      }),
      form,
    );
    joinError = "";
  }

  async function enter() {
    const given = code();
    if (!given) return showPin();
    show(h("p", { class: "muted center", text: "Connecting…" }));
    let reply;
    try {
      reply = await api("POST", "/api/entry", given);
    } catch (e) {
      joinError = "Can't reach the facilitator's laptop; check you are on the room's Wi-Fi.";
      return showPin();
    }
    if (reply.status !== 200) {
      store("sessionStorage", CODE_STORE, null);
      joinError = reply.data.error || "That code did not work; try again.";
      return showPin();
    }
    participants = reply.data.participants || [];
    showWho(reply.data);
  }

  function showWho(entry) {
    const list = h("div", { class: "names", role: "list" });
    const shown = participants.filter((p) =>
      (p.name || "").toLowerCase().includes(filter.toLowerCase()),
    );
    for (const person of shown) {
      list.append(
        h(
          "button",
          {
            class: "name",
            type: "button",
            role: "listitem",
            onclick: () => join({ key: person.key }, person.name),
          },
          h("span", { class: "who", text: person.name || "" }),
          h(
            "span",
            { class: "sub" },
            h("span", { class: "chip " + (person.side || ""), text: SIDE_NAMES[person.side] || "" }),
            person.unit ? h("span", { class: "unit", text: person.unit }) : null,
          ),
        ),
      );
    }
    const search =
      participants.length > 8
        ? h("input", {
            class: "search",
            type: "search",
            placeholder: "Find your name",
            "aria-label": "Find your name",
            value: filter,
            oninput: (event) => {
              filter = event.target.value;
              const at = event.target.selectionStart;
              showWho(entry);
              const again = app.querySelector(".search");
              again.focus();
              again.setSelectionRange(at, at);
            },
          })
        : null;
    show(
      h(
        "header",
        { class: "top" },
        h("p", { class: "eyebrow", text: (entry && entry.workshop) || "StratPlanner workshop" }),
      ),
      h("h1", { text: "Who are you?" }),
      h("p", { class: "muted", text: "Tap your name. The facilitator lets you in." }),
      errorBox(joinError),
      search,
      list,
      h("button", {
        class: "secondary wide",
        type: "button",
        text: "I'm not on the list",
        onclick: () => showNewName(entry),
      }),
    );
    joinError = "";
  }

  function showNewName(entry) {
    let side = "";
    const name = h("input", {
      id: "name",
      type: "text",
      maxlength: "80",
      autocomplete: "name",
      required: true,
    });
    const unit = h("input", { id: "unit", type: "text", maxlength: "80", autocomplete: "organization" });
    const sideButtons = ["business", "it"].map((value) =>
      h("button", {
        type: "button",
        class: "toggle",
        "aria-pressed": "false",
        text: SIDE_NAMES[value],
        onclick: (event) => {
          side = value;
          for (const b of sideButtons) b.setAttribute("aria-pressed", String(b === event.currentTarget));
        },
      }),
    );
    const problem = h("p", { class: "error", role: "alert" });
    problem.hidden = true;
    const form = h(
      "form",
      {
        class: "card stack",
        onsubmit: (event) => {
          event.preventDefault();
          const typed = name.value.trim();
          if (!typed) {
            problem.textContent = "Type your name.";
            problem.hidden = false;
            return;
          }
          if (!side) {
            problem.textContent = "Choose Business or IT.";
            problem.hidden = false;
            return;
          }
          join({ name: typed, side, unit: unit.value.trim() || null }, typed);
        },
      },
      h("label", { for: "name", class: "label", text: "Your name" }),
      name,
      h("span", { class: "label", text: "Your side" }),
      h("div", { class: "segmented two" }, sideButtons),
      h("label", { for: "unit", class: "label", text: "Your unit (optional)" }),
      unit,
      problem,
      h("button", { class: "primary", type: "submit", text: "Ask to join" }),
    );
    show(
      h(
        "header",
        { class: "top" },
        h("p", { class: "eyebrow", text: (entry && entry.workshop) || "StratPlanner workshop" }),
      ),
      h("h1", { text: "Join as a new participant" }),
      form,
      h("button", {
        class: "link",
        type: "button",
        text: "Back to the list of names",
        onclick: () => showWho(entry),
      }),
    );
    name.focus();
  }

  async function join(who, shownName) {
    const given = code();
    if (!given) return showPin();
    show(h("p", { class: "muted center", text: "Asking to join…" }));
    let reply;
    try {
      reply = await api("POST", "/api/join", { ...given, ...who, nonce: nonce() });
    } catch (e) {
      joinError = "Can't reach the facilitator's laptop; check you are on the room's Wi-Fi.";
      return enter();
    }
    handleJoinAnswer(reply, shownName);
  }

  function handleJoinAnswer(reply, shownName) {
    const data = reply.data;
    if (data.status === "admitted") {
      store("sessionStorage", WAIT_STORE, null);
      store("localStorage", KEY_STORE, data.device_key);
      version = null;
      startPolling();
      return;
    }
    if (data.status === "pending") {
      store("sessionStorage", WAIT_STORE, {
        request: data.request,
        wait: data.wait,
        name: data.name || shownName,
      });
      showWaiting();
      return;
    }
    store("sessionStorage", WAIT_STORE, null);
    if (reply.status === 403 && code() && code().token && /link/.test(data.error || "")) {
      store("sessionStorage", CODE_STORE, null);
    }
    joinError = data.error || "The facilitator did not let this phone in.";
    if (data.status === "refused") store("sessionStorage", CODE_STORE, null);
    if (code()) enter();
    else showPin();
  }

  let waitTimer = null;
  function showWaiting() {
    const waiting = load("sessionStorage", WAIT_STORE);
    if (!waiting) return startAgain();
    show(
      h("header", { class: "top" }, h("p", { class: "eyebrow", text: "StratPlanner workshop" })),
      h("h1", { text: "Hello, " + (waiting.name || "there") }),
      h(
        "div",
        { class: "card center stack" },
        h("div", { class: "spinner", "aria-hidden": "true" }),
        h("p", { class: "big", text: "The facilitator will let you in in a moment." }),
        h("p", { class: "muted", text: "Keep this page open." }),
      ),
      h("button", {
        class: "link",
        type: "button",
        text: "Not you? Start again",
        onclick: () => {
          clearTimeout(waitTimer);
          startAgain();
        },
      }),
    );
    checkWaiting();
  }

  async function checkWaiting() {
    clearTimeout(waitTimer);
    const waiting = load("sessionStorage", WAIT_STORE);
    if (!waiting) return;
    try {
      const reply = await api("GET", "/api/join/" + encodeURIComponent(waiting.request), undefined, {
        "X-Workshop-Wait": waiting.wait,
      });
      if (reply.status === 200 || reply.status === 202) {
        if (reply.data.status !== "pending") return handleJoinAnswer(reply, waiting.name);
      } else if (reply.status === 404) {
        return startAgain(reply.data.error);
      }
    } catch (e) {
      // Offline for a moment: try again below.
    }
    if (document.visibilityState === "visible") waitTimer = setTimeout(checkWaiting, POLL_MS);
  }

  // ----- the round ------------------------------------------------------------------------------
  let version = null;
  let current = null; // the last full state from the server
  let offsetMs = 0; // server clock minus phone clock
  let draft = null; // {round, method, values, abstain, dirty, pairs, pairAt}
  let message = null; // {kind: "ok"|"error", text}
  let sending = false;
  let pendingSend = null; // {body, nonce}: a retry after a lost answer reuses the nonce
  let pollTimer = null;
  let polling = false;
  let failures = 0;
  let offline = false;
  let clockTimer = null;

  function stopPolling() {
    clearTimeout(pollTimer);
    pollTimer = null;
  }

  function startPolling() {
    stopPolling();
    show(h("p", { class: "muted center", text: "Loading the round…" }));
    poll();
  }

  function schedule() {
    clearTimeout(pollTimer);
    if (document.visibilityState !== "visible") return;
    const delay = failures ? Math.min(10000, POLL_MS * 2 ** failures) : POLL_MS;
    pollTimer = setTimeout(poll, delay);
  }

  async function poll() {
    if (polling || !load("localStorage", KEY_STORE)) return;
    polling = true;
    try {
      const query = version ? "?v=" + encodeURIComponent(version) : "";
      const reply = await api("GET", "/api/state" + query, undefined);
      if (reply.status === 401) {
        polling = false;
        return startAgain(reply.data.error);
      }
      if (reply.status === 200) {
        failures = 0;
        setOffline(false);
        if (!reply.data.same) applyState(reply.data);
      } else {
        failures += 1;
      }
    } catch (e) {
      failures += 1;
      setOffline(true);
    }
    polling = false;
    schedule();
  }

  function setOffline(now) {
    if (offline === now) return;
    offline = now;
    const banner = app.querySelector(".offline");
    if (banner) banner.hidden = !now;
  }

  function emptyValues(method) {
    return method === "pairwise" ? [] : {};
  }

  function applyState(data) {
    version = data.v;
    current = data;
    if (data.now) offsetMs = Date.parse(data.now) - Date.now();
    const round = data.round || {};
    const stored = data.ballot;
    const sameRound = draft && draft.round === round.round && draft.method === round.method;
    if (!sameRound || !draft.dirty) {
      const values = stored && !stored.abstain && stored.values ? stored.values : emptyValues(round.method);
      draft = {
        round: round.round,
        method: round.method,
        values: usable(round, values),
        abstain: Boolean(stored && stored.abstain),
        dirty: false,
        pairs: sameRound && draft.pairs ? draft.pairs : makePairs(round.options || []),
        pairAt: sameRound ? draft.pairAt : 0,
      };
      if (!sameRound) message = null;
    }
    render();
  }

  // A stored ballot as the inputs can show it: known options only, in the method's shape.
  function usable(round, values) {
    const codes = new Set((round.options || []).map((o) => o.code));
    const out = round.method === "pairwise" ? [] : {};
    if (round.method === "pairwise") {
      if (!Array.isArray(values)) return out;
      for (const x of values)
        if (Array.isArray(x) && x.length === 3 && codes.has(x[0]) && codes.has(x[1])) out.push([...x]);
      return out;
    }
    if (!values || typeof values !== "object" || Array.isArray(values)) return out;
    const ratings = new Set(MOSCOW.map(([v]) => v));
    for (const [code, v] of Object.entries(values)) {
      if (!codes.has(code)) continue;
      if (round.method === "moscow") {
        if (ratings.has(v)) out[code] = v;
      } else if (round.method === "criteria") {
        if (v && typeof v === "object") out[code] = { ...v };
      } else if (round.method === "budget") {
        if (cents(v) !== null) out[code] = String(v);
      } else if (Number.isInteger(Number(v)) && Number(v) > 0) {
        out[code] = Number(v);
      }
    }
    return out;
  }

  function makePairs(options) {
    const codes = options.map((o) => o.code);
    const pairs = [];
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++)
        pairs.push(Math.random() < 0.5 ? [codes[i], codes[j]] : [codes[j], codes[i]]);
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
    }
    return pairs;
  }

  function edit(change) {
    change();
    draft.dirty = true;
    message = null;
    render();
  }

  function optionMeta(option, round) {
    const parts = [];
    if (option.cost !== null && option.cost !== undefined && option.cost !== "")
      parts.push(moneyText(option.cost, round.currency));
    if (option.start || option.end) parts.push((option.start || "…") + " → " + (option.end || "…"));
    if (typeof option.score === "number") parts.push("Score " + scoreText(option.score));
    return parts;
  }

  function optionHead(option, round) {
    return h(
      "div",
      { class: "head" },
      h("span", { class: "title", text: option.title || option.code }),
      h(
        "span",
        { class: "meta" },
        h("span", { class: "code", text: option.code }),
        optionMeta(option, round).map((p) => h("span", { text: p })),
      ),
    );
  }

  function timerText(round) {
    if (!round.timer_ends_at || !round.open) return "";
    const left = Math.round((Date.parse(round.timer_ends_at) - (Date.now() + offsetMs)) / 1000);
    if (!isFinite(left)) return "";
    if (left <= 0) return "Time is up";
    const m = Math.floor(left / 60);
    const s = String(left % 60).padStart(2, "0");
    return m + ":" + s + " left";
  }

  function tickClock() {
    const el = app.querySelector(".timer");
    if (el && current) el.textContent = timerText(current.round || {});
  }

  function render() {
    if (!current) return;
    const round = current.round || {};
    const me = current.me || {};
    clearInterval(clockTimer);
    const parts = [
      h(
        "header",
        { class: "top" },
        h("p", { class: "eyebrow", text: round.workshop || "StratPlanner workshop" }),
        h(
          "p",
          { class: "me" },
          h("span", { class: "chip " + (me.side || ""), text: SIDE_NAMES[me.side] || "" }),
          h("span", { text: me.name || "" }),
        ),
      ),
      offlineBanner(),
      h(
        "p",
        { class: "round-line" },
        h("span", { class: "badge", text: "Round " + (round.round || "") }),
        h("span", { class: "method", text: METHOD_NAMES[round.method] || "" }),
        round.timer_ends_at && round.open ? h("span", { class: "timer", text: timerText(round) }) : null,
      ),
      h("h1", { class: "question", text: round.question || "" }),
    ];
    if (round.revealed && Array.isArray(round.results)) parts.push(results(round));
    if (round.open) {
      parts.push(...ballotForm(round));
    } else if (!round.revealed) {
      parts.push(
        h(
          "div",
          { class: "card notice" },
          h("p", { class: "big", text: "Voting is not open right now." }),
          h("p", { class: "muted", text: "This page updates by itself when it opens." }),
        ),
      );
    }
    const stored = storedSummary(round, current.ballot);
    if (stored) parts.push(stored);
    show(...parts);
    if (round.timer_ends_at && round.open) clockTimer = setInterval(tickClock, 1000);
  }

  function offlineBanner() {
    const el = h("p", {
      class: "offline",
      role: "status",
      text: "Reconnecting to the facilitator's laptop…",
    });
    el.hidden = !offline;
    return el;
  }

  function results(round) {
    const list = h("ol", { class: "results" });
    const scores = round.results.map((r) => (typeof r.score === "number" ? r.score : 0));
    const top = Math.max(1e-9, ...scores.map((s) => Math.abs(s)));
    for (const r of round.results) {
      const bar = h("span", { class: "bar" });
      bar.style.width = Math.max(2, (Math.abs(r.score || 0) / top) * 100) + "%";
      list.append(
        h(
          "li",
          { class: r.rank === 1 ? "winner" : "" },
          h("span", { class: "rank", text: String(r.rank ?? "") }),
          h(
            "span",
            { class: "result-body" },
            h("span", { class: "title", text: r.title || r.code }),
            h("span", { class: "track" }, bar),
          ),
          h("span", { class: "score", text: scoreText(r.score) }),
        ),
      );
    }
    return h("section", { class: "card" }, h("h2", { text: "Results" }), list);
  }

  // ----- the ballot, by method --------------------------------------------------------------------
  function ballotForm(round) {
    const options = round.options || [];
    const check = checkDraft(round);
    const body =
      {
        dots: dotsInputs,
        points: pointsInputs,
        moscow: moscowInputs,
        pairwise: pairwiseInputs,
        criteria: criteriaInputs,
        budget: budgetInputs,
      }[round.method] || (() => [h("p", { text: "This voting method is not supported on phones." })]);
    const form = h("section", { class: "ballot" + (draft.abstain ? " abstaining" : "") }, body(round, options));
    const abstain = h("button", {
      type: "button",
      class: "toggle abstain",
      "aria-pressed": String(draft.abstain),
      text: draft.abstain ? "✓ I abstain from this round" : "I abstain from this round",
      onclick: () => edit(() => (draft.abstain = !draft.abstain)),
    });
    const voted = Boolean(current.ballot);
    const submit = h("button", {
      type: "button",
      class: "primary",
      disabled: sending || !check.ok,
      text: sending ? "Sending…" : draft.abstain ? "Submit: I abstain" : voted ? "Update my vote" : "Submit my vote",
      onclick: () => send(round),
    });
    const bar = h(
      "div",
      { class: "submitbar" },
      h("p", { class: "tally" + (check.over ? " over" : ""), text: draft.abstain ? "" : check.text }),
      message ? h("p", { class: message.kind, role: message.kind === "error" ? "alert" : "status", text: message.text }) : null,
      submit,
    );
    return [hint(round), form, abstain, bar];
  }

  function hint(round) {
    const dots = round.dots || 5;
    const cap = Math.min(round.cap || dots, dots);
    const text = {
      dots: "Place up to " + plural(dots, "dot", "dots") + (cap < dots ? ", at most " + cap + " on one item." : "."),
      points: "Share " + (round.points || 100) + " points between the items.",
      moscow: "Rate each item: must, should, could or won't.",
      pairwise: "Pick the more important of each pair.",
      criteria: "Score each item on each criterion.",
      budget: "Buy the items you would fund with " + moneyText(round.budget, round.currency) + ".",
    }[round.method];
    return text ? h("p", { class: "hint", text }) : null;
  }

  function sumOf(values) {
    return Object.values(values).reduce((a, b) => a + (Number(b) || 0), 0);
  }

  function checkDraft(round) {
    if (draft.abstain) return { ok: true, text: "" };
    const v = draft.values;
    switch (round.method) {
      case "dots": {
        const dots = round.dots || 5;
        const left = dots - sumOf(v);
        return {
          ok: sumOf(v) > 0 && left >= 0,
          over: left < 0,
          text: left === dots ? "Place at least one dot" : plural(left, "dot", "dots") + " left of " + dots,
        };
      }
      case "points": {
        const total = round.points || 100;
        const left = total - sumOf(v);
        return {
          ok: left === 0,
          over: left < 0,
          text: left === 0 ? "All " + total + " points given" : left > 0 ? left + " of " + total + " points left to give" : -left + " points too many",
        };
      }
      case "moscow": {
        const rated = Object.keys(v).length;
        const all = (round.options || []).length;
        return { ok: rated > 0, text: rated + " of " + all + " rated" };
      }
      case "pairwise": {
        const all = draft.pairs.length;
        return { ok: v.length > 0, text: v.length + " of " + all + " pairs answered" };
      }
      case "criteria": {
        const n = Object.values(v).reduce((a, s) => a + Object.keys(s).length, 0);
        const all = (round.options || []).length * (round.criteria || []).length;
        return { ok: n > 0, text: n + " of " + all + " scores given" };
      }
      case "budget": {
        const budget = cents(round.budget) || 0;
        const spent = Object.values(v).reduce((a, c) => a + (cents(c) || 0), 0);
        const left = budget - spent;
        return {
          ok: spent > 0 && left >= 0,
          over: left < 0,
          text: "Spent " + money(spent, round.currency) + " · " + money(left, round.currency) + " left",
        };
      }
      default:
        return { ok: false, text: "" };
    }
  }

  function stepper(value, label, onMinus, onPlus, minusOk, plusOk, extra) {
    return h(
      "div",
      { class: "stepper" },
      h("button", { type: "button", class: "step", "aria-label": "Less for " + label, disabled: !minusOk, onclick: onMinus, text: "−" }),
      extra || h("span", { class: "value", "aria-live": "polite", text: String(value) }),
      h("button", { type: "button", class: "step", "aria-label": "More for " + label, disabled: !plusOk, onclick: onPlus, text: "+" }),
    );
  }

  function dotsInputs(round, options) {
    const dots = round.dots || 5;
    const cap = Math.min(round.cap || dots, dots);
    const left = dots - sumOf(draft.values);
    return options.map((option) => {
      const n = draft.values[option.code] || 0;
      const pips = h("span", { class: "pips", "aria-label": plural(n, "dot", "dots") });
      for (let i = 0; i < cap; i++) pips.append(h("span", { class: i < n ? "pip on" : "pip" }));
      const set = (m) =>
        edit(() => {
          if (m > 0) draft.values[option.code] = m;
          else delete draft.values[option.code];
        });
      return h(
        "div",
        { class: "option card" + (n ? " chosen" : "") },
        optionHead(option, round),
        h(
          "div",
          { class: "controls" },
          pips,
          stepper(n, option.title || option.code, () => set(n - 1), () => set(n + 1), n > 0 && !draft.abstain, n < cap && left > 0 && !draft.abstain),
        ),
      );
    });
  }

  function pointsInputs(round, options) {
    const total = round.points || 100;
    return options.map((option) => {
      const n = draft.values[option.code] || 0;
      const left = total - sumOf(draft.values);
      const set = (m) =>
        edit(() => {
          const allowed = Math.max(0, Math.min(m, n + Math.max(0, left)));
          if (allowed > 0) draft.values[option.code] = allowed;
          else delete draft.values[option.code];
        });
      const slider = h("input", {
        type: "range",
        min: "0",
        max: String(total),
        step: "1",
        value: String(n),
        "aria-label": "Points for " + (option.title || option.code),
        disabled: draft.abstain,
        oninput: (event) => {
          // Live while dragging, without rebuilding the slider under the finger.
          const others = sumOf(draft.values) - (draft.values[option.code] || 0);
          const m = Math.min(Number(event.target.value), total - others);
          event.target.value = String(m);
          if (m > 0) draft.values[option.code] = m;
          else delete draft.values[option.code];
          draft.dirty = true;
          event.target.closest(".option").querySelector(".value").textContent = String(m);
          const tally = app.querySelector(".tally");
          const check = checkDraft(round);
          if (tally) tally.textContent = check.text;
          const submit = app.querySelector(".submitbar .primary");
          if (submit) submit.disabled = !check.ok || sending;
        },
        onchange: () => render(),
      });
      return h(
        "div",
        { class: "option card" + (n ? " chosen" : "") },
        optionHead(option, round),
        h(
          "div",
          { class: "controls points" },
          slider,
          stepper(n, option.title || option.code, () => set(n - 1), () => set(n + 1), n > 0 && !draft.abstain, left > 0 && !draft.abstain),
        ),
      );
    });
  }

  function moscowInputs(round, options) {
    return options.map((option) => {
      const chosen = draft.values[option.code];
      const buttons = MOSCOW.map(([value, label]) =>
        h("button", {
          type: "button",
          class: "toggle " + value,
          "aria-pressed": String(chosen === value),
          disabled: draft.abstain,
          text: label,
          onclick: () =>
            edit(() => {
              if (chosen === value) delete draft.values[option.code];
              else draft.values[option.code] = value;
            }),
        }),
      );
      return h(
        "div",
        { class: "option card" + (chosen ? " chosen" : "") },
        optionHead(option, round),
        h("div", { class: "segmented four", role: "group", "aria-label": "Rating" }, buttons),
      );
    });
  }

  function pairwiseInputs(round, options) {
    const byCode = Object.fromEntries(options.map((o) => [o.code, o]));
    const pairs = draft.pairs;
    if (!pairs.length) return [h("p", { text: "There are no pairs to compare." })];
    const answers = draft.values;
    const answerOf = (a, b) => answers.find((x) => (x[0] === a && x[1] === b) || (x[0] === b && x[1] === a));
    const at = Math.min(draft.pairAt || 0, pairs.length - 1);
    const [a, b] = pairs[at];
    const given = answerOf(a, b);
    const answer = (winner) =>
      edit(() => {
        draft.values = answers.filter((x) => x !== given);
        draft.values.push([a, b, winner]);
        const next = pairs.findIndex((p, i) => i > at && !answerOf(p[0], p[1]));
        draft.pairAt = next >= 0 ? next : Math.min(at + 1, pairs.length - 1);
      });
    const side = (c) =>
      h(
        "button",
        {
          type: "button",
          class: "pick",
          "aria-pressed": String(Boolean(given && given[2] === c)),
          disabled: draft.abstain,
          onclick: () => answer(c),
        },
        optionHead(byCode[c] || { code: c }, round),
      );
    return [
      h(
        "div",
        { class: "card pair" },
        h("p", { class: "progress", text: "Pair " + (at + 1) + " of " + pairs.length }),
        side(a),
        h("p", { class: "versus", text: "or" }),
        side(b),
        h("button", {
          type: "button",
          class: "toggle same",
          "aria-pressed": String(Boolean(given && given[2] === "tie")),
          disabled: draft.abstain,
          text: "About the same",
          onclick: () => answer("tie"),
        }),
        h(
          "div",
          { class: "pairnav" },
          h("button", { type: "button", class: "secondary", text: "‹ Previous", disabled: at === 0, onclick: () => { draft.pairAt = at - 1; render(); } }),
          h("button", { type: "button", class: "secondary", text: "Next ›", disabled: at >= pairs.length - 1, onclick: () => { draft.pairAt = at + 1; render(); } }),
        ),
      ),
    ];
  }

  function criteriaInputs(round, options) {
    const criteria = round.criteria || [];
    return options.map((option) => {
      const scores = draft.values[option.code] || {};
      const rows = criteria.map((crit) => {
        const lo = Number(crit.min);
        const hi = Number(crit.max);
        const n = scores[crit.code];
        const set = (m) =>
          edit(() => {
            const s = draft.values[option.code] || {};
            if (m === null) delete s[crit.code];
            else s[crit.code] = Math.max(lo, Math.min(hi, m));
            if (Object.keys(s).length) draft.values[option.code] = s;
            else delete draft.values[option.code];
          });
        let control;
        if (hi - lo <= 5) {
          const buttons = [];
          for (let m = lo; m <= hi; m++)
            buttons.push(
              h("button", {
                type: "button",
                class: "toggle",
                "aria-pressed": String(n === m),
                disabled: draft.abstain,
                text: String(m),
                onclick: () => set(n === m ? null : m),
              }),
            );
          control = h("div", { class: "segmented scale", role: "group", "aria-label": crit.name }, buttons);
        } else {
          const mid = Math.round((lo + hi) / 2);
          control = stepper(
            n === undefined ? "–" : n,
            crit.name,
            () => set(n === undefined ? mid : n - 1),
            () => set(n === undefined ? mid : n + 1),
            !draft.abstain && (n === undefined || n > lo),
            !draft.abstain && (n === undefined || n < hi),
          );
        }
        return h(
          "div",
          { class: "criterion" },
          h("span", { class: "label", text: crit.name + " (" + lo + "–" + hi + ")" }),
          control,
        );
      });
      return h("div", { class: "option card" + (Object.keys(scores).length ? " chosen" : "") }, optionHead(option, round), rows);
    });
  }

  function budgetInputs(round, options) {
    const budget = cents(round.budget) || 0;
    const spent = Object.values(draft.values).reduce((a, c) => a + (cents(c) || 0), 0);
    const left = budget - spent;
    return options.map((option) => {
      const cost = cents(option.cost);
      const bought = option.code in draft.values;
      const fits = cost !== null && cost <= left;
      return h(
        "div",
        { class: "option card" + (bought ? " chosen" : "") + (!bought && !fits ? " nofit" : "") },
        optionHead(option, round),
        h("button", {
          type: "button",
          class: "toggle buy",
          "aria-pressed": String(bought),
          disabled: draft.abstain || (!bought && !fits),
          text: bought ? "✓ Bought" : fits ? "Buy" : "Doesn't fit your budget",
          onclick: () =>
            edit(() => {
              if (bought) delete draft.values[option.code];
              else draft.values[option.code] = String(option.cost);
            }),
        }),
      );
    });
  }

  // ----- sending and the stored ballot ------------------------------------------------------------
  async function send(round) {
    if (sending) return;
    const body = { abstain: draft.abstain, values: draft.abstain ? null : draft.values };
    const text = JSON.stringify(body);
    if (!pendingSend || pendingSend.text !== text) pendingSend = { text, nonce: nonce() };
    sending = true;
    message = null;
    render();
    let reply;
    try {
      reply = await api("POST", "/api/ballot", { ...body, nonce: pendingSend.nonce });
    } catch (e) {
      sending = false;
      message = { kind: "error", text: "Your vote didn't reach the facilitator's laptop; tap Submit again." };
      render();
      return;
    }
    sending = false;
    pendingSend = null;
    if (reply.status === 401) return startAgain(reply.data.error);
    if (reply.status === 200) {
      current.ballot = reply.data.ballot;
      draft.dirty = false;
      message = { kind: "ok", text: draft.abstain ? "Stored: you abstain from this round." : "Your vote is in. You can change it while voting is open." };
      version = null;
      render();
      poll();
      return;
    }
    message = { kind: "error", text: reply.data.error || "Your vote was not stored; try again." };
    if (reply.status === 409) {
      draft.dirty = false;
      version = null;
      poll();
    }
    render();
  }

  function storedSummary(round, ballot) {
    if (!ballot) return null;
    const lines = [];
    const titles = Object.fromEntries((round.options || []).map((o) => [o.code, o.title || o.code]));
    const v = ballot.values;
    if (ballot.abstain) lines.push("You abstained.");
    else if (round.method === "dots" || round.method === "points") {
      const unit = round.method === "dots" ? ["dot", "dots"] : ["point", "points"];
      for (const [c, n] of Object.entries(v || {}).sort((x, y) => y[1] - x[1]))
        lines.push((titles[c] || c) + ": " + plural(Number(n), unit[0], unit[1]));
    } else if (round.method === "moscow") {
      for (const [value, label] of MOSCOW) {
        const items = Object.entries(v || {}).filter(([, r]) => r === value).map(([c]) => titles[c] || c);
        if (items.length) lines.push(label + ": " + items.join(", "));
      }
    } else if (round.method === "pairwise") {
      lines.push(plural((v || []).length, "pair", "pairs") + " answered.");
    } else if (round.method === "criteria") {
      const names = Object.fromEntries((round.criteria || []).map((c) => [c.code, c.name]));
      for (const [c, scores] of Object.entries(v || {}))
        lines.push((titles[c] || c) + ": " + Object.entries(scores).map(([k, n]) => (names[k] || k) + " " + n).join(", "));
    } else if (round.method === "budget") {
      const spent = Object.values(v || {}).reduce((a, c) => a + (cents(c) || 0), 0);
      for (const c of Object.keys(v || {})) lines.push(titles[c] || c);
      lines.push("Total " + money(spent, round.currency) + " of " + moneyText(round.budget, round.currency));
    }
    if (!lines.length) lines.push("An empty vote.");
    return h(
      "section",
      { class: "card stored" },
      h("h2", { text: "Your vote as stored" }),
      h("ul", {}, lines.map((line) => h("li", { text: line }))),
    );
  }

  // ----- coming back ----------------------------------------------------------------------------
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "visible") return;
    if (load("localStorage", KEY_STORE)) poll();
    else if (load("sessionStorage", WAIT_STORE)) checkWaiting();
  });
  window.addEventListener("online", () => {
    if (load("localStorage", KEY_STORE)) poll();
    else if (load("sessionStorage", WAIT_STORE)) checkWaiting();
  });

  if (load("localStorage", KEY_STORE)) startPolling();
  else if (load("sessionStorage", WAIT_STORE)) showWaiting();
  else if (code()) enter();
  else showPin();
})();
