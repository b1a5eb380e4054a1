// Draws each <canvas data-chart="ID"> from the JSON in <script id="ID">: { labels, series, values[series][label] }.
// The tables under the charts hold the same numbers, for screen readers, printing and when scripts are off.
(function () {
  if (typeof Chart === "undefined") return;
  const colours = ["#0b5cad", "#1e6b37", "#b36b00", "#6b3fa0"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    const source = document.getElementById(canvas.dataset.chart);
    if (!source) return;
    const data = JSON.parse(source.textContent);
    const horizontal = canvas.dataset.horizontal === "true";
    const stacked = canvas.dataset.stacked === "true";
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (name, i) {
          return { label: name, data: data.values[i], backgroundColor: colours[i % colours.length] };
        })
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: stacked, ticks: { precision: 0 } },
          y: { stacked: stacked, ticks: { precision: 0 } }
        }
      }
    });
  });
})();
