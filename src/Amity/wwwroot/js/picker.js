// Record pickers: each <select data-lookup="people"> holds only the records already chosen (the form works without this
// script); here it becomes a combobox (WAI-ARIA 1.2, list autocomplete) that asks /lookup/people?q= for the few records that
// match what is typed, and posts the chosen id under the select's own name.
(function () {
  var script = document.currentScript;
  var text = {
    none: script.getAttribute("data-none") || "No match",
    count: script.getAttribute("data-count") || "{0} suggestions",
    clear: script.getAttribute("data-clear") || "Type to search; clear the text to choose none"
  };
  var counter = 0;

  function enhance(select) {
    var id = select.id || "picker-" + (++counter);
    var listId = id + "-suggestions";
    var hintId = "picker-hint";
    var chosen = select.selectedIndex >= 0 && select.value !== "" ? select.options[select.selectedIndex] : null;

    var wrapper = document.createElement("div");
    wrapper.className = "picker";
    var hidden = document.createElement("input");
    hidden.type = "hidden";
    hidden.name = select.name;
    hidden.value = chosen ? chosen.value : "";
    var input = document.createElement("input");
    input.type = "text";
    input.id = id;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    var described = [select.getAttribute("aria-describedby"), hintId].filter(Boolean).join(" ");
    input.setAttribute("aria-describedby", described);
    if (select.getAttribute("aria-invalid")) input.setAttribute("aria-invalid", select.getAttribute("aria-invalid"));
    input.value = chosen ? chosen.text : "";
    var list = document.createElement("ul");
    list.id = listId;
    list.setAttribute("role", "listbox");
    var label = document.querySelector('label[for="' + id + '"]');
    if (label) {
      if (!label.id) label.id = id + "-label";
      list.setAttribute("aria-labelledby", label.id);
    }
    list.hidden = true;
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");

    wrapper.appendChild(hidden);
    wrapper.appendChild(input);
    wrapper.appendChild(list);
    wrapper.appendChild(status);
    select.replaceWith(wrapper);
    if (!document.getElementById(hintId)) {
      var hint = document.createElement("span");
      hint.id = hintId;
      hint.className = "visually-hidden";
      hint.textContent = text.clear;
      // Inside the form, so that it stays within the page's landmarks.
      wrapper.appendChild(hint);
    }

    var kind = select.getAttribute("data-lookup");
    var shownText = input.value;
    var active = -1;
    var timer = null;
    var asked = 0;

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var all = options();
      if (all.length === 0) return;
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function choose(option) {
      hidden.value = option.getAttribute("data-id");
      input.value = option.textContent;
      shownText = input.value;
      close();
      hidden.dispatchEvent(new Event("change", { bubbles: true }));
    }

    function show(suggestions) {
      // A slower answer to an earlier keystroke may arrive after the user has moved to an option: the option stays chosen
      // if the new list still offers it, so Enter still chooses it.
      var kept = active >= 0 && options()[active] ? options()[active].getAttribute("data-id") : null;
      list.textContent = "";
      suggestions.forEach(function (s, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-id", String(s.id));
        if (s.lang) option.lang = s.lang;
        option.textContent = s.label;
        // mousedown, not click: the input keeps the focus and its blur does not close the list first.
        option.addEventListener("mousedown", function (e) { e.preventDefault(); choose(option); });
        list.appendChild(option);
      });
      status.textContent = suggestions.length === 0 ? text.none : text.count.replace("{0}", String(suggestions.length));
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (suggestions.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      if (kept !== null) options().forEach(function (option, i) { if (option.getAttribute("data-id") === kept) highlight(i); });
    }

    function ask() {
      var q = input.value.trim();
      var mine = ++asked;
      fetch("/lookup/" + encodeURIComponent(kind) + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (suggestions) { if (mine === asked && document.activeElement === input) show(suggestions); })
        .catch(function () { });
    }

    input.addEventListener("input", function () {
      // Typing over a choice undoes it; clearing the text chooses none.
      if (input.value !== shownText) hidden.value = "";
      clearTimeout(timer);
      if (input.value.trim() === "") { close(); return; }
      timer = setTimeout(ask, 150);
    });

    input.addEventListener("keydown", function (e) {
      var open = !list.hidden;
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (open) highlight(active + 1); else ask();
      } else if (e.key === "ArrowUp") {
        if (open) { e.preventDefault(); highlight(active - 1); }
      } else if (e.key === "Enter") {
        // While the list is open, Enter belongs to it: with no option highlighted it does nothing rather than send the form.
        if (open) { e.preventDefault(); if (active >= 0) choose(options()[active]); }
      } else if (e.key === "Escape") {
        if (open) { e.preventDefault(); close(); }
      } else if (e.key === "Tab") {
        if (open && active >= 0) choose(options()[active]);
        else close();
      }
    });

    input.addEventListener("blur", function () {
      close();
      // Text typed and left without a choice chooses nothing: show that rather than keep a name that is not posted.
      if (hidden.value === "") { input.value = ""; shownText = ""; }
    });
  }

  document.querySelectorAll("select[data-lookup]").forEach(enhance);
})();
