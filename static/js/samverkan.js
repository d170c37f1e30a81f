/* Samverkan's own script: progressive enhancement only; every page works without it.
 *
 * Long choice lists (core/widgets.py): a box of checkboxes or radio buttons gets a search field above it that
 * hides the options whose text does not contain what is typed, and a polite status saying how many are shown
 * and how many are chosen. Chosen options stay chosen when hidden.
 */
(function () {
  "use strict";

  var MIN_OPTIONS = 8;

  function normalize(text) {
    return text.toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();
  }

  function enhance(box, number) {
    var options = Array.prototype.slice.call(box.querySelectorAll("input[type=checkbox], input[type=radio]"));
    if (options.length < MIN_OPTIONS) {
      return;
    }
    box.classList.add("choice-list-long");
    var rows = options.map(function (input) {
      var row = input.closest("div") || input.parentNode;
      return { row: row, input: input, text: normalize(row.textContent) };
    });
    var lang = document.documentElement.lang || "sv";
    var english = lang.indexOf("en") === 0;
    var id = "choice-filter-" + number;

    var wrapper = document.createElement("div");
    wrapper.className = "choice-filter";
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = box.getAttribute("data-choice-filter");
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    var status = document.createElement("p");
    status.className = "helptext";
    status.id = id + "-status";
    status.setAttribute("aria-live", "polite");
    input.setAttribute("aria-describedby", status.id);
    wrapper.appendChild(label);
    wrapper.appendChild(input);
    wrapper.appendChild(status);
    box.parentNode.insertBefore(wrapper, box);

    function update() {
      var query = normalize(input.value);
      var shown = 0;
      var chosen = 0;
      rows.forEach(function (item) {
        var match = query === "" || item.text.indexOf(query) !== -1;
        item.row.hidden = !match;
        if (match) {
          shown += 1;
        }
        if (item.input.checked) {
          chosen += 1;
        }
      });
      status.textContent = english
        ? shown + " of " + rows.length + " shown, " + chosen + " chosen"
        : shown + " av " + rows.length + " visas, " + chosen + " valda";
    }

    input.addEventListener("input", update);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault(); /* Enter filters; it does not send the form */
      }
    });
    box.addEventListener("change", update);
    update();
  }

  function start() {
    var boxes = document.querySelectorAll("[data-choice-filter]");
    Array.prototype.forEach.call(boxes, enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
