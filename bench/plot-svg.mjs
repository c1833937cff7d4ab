// Small SVG plots for BENCHMARKS.md: learning curves and confusion matrices. Hand-written because
// the output is two fixed chart types rendered at bench time with no browser; a charting library
// (they draw on a DOM or canvas) would need one.
const LABELS = ['angry', 'disgust', 'fear', 'happy', 'neutral', 'sad', 'surprise'];
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Train and validation accuracy per epoch of each run: `runs` = [{ name, curve: [{ epoch, accuracy, valAccuracy }] }]. */
export function learningCurvesSvg(runs, title) {
  const width = 640,
    height = 360,
    left = 50,
    right = 170,
    top = 30,
    bottom = 40;
  const epochs = Math.max(1, ...runs.flatMap((r) => r.curve.map((p) => p.epoch)));
  const x = (e) => left + ((e - 1) / Math.max(1, epochs - 1)) * (width - left - right);
  const y = (a) => top + (1 - a) * (height - top - bottom);
  const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd'];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="18" font-size="13">${esc(title)}</text>`,
  ];
  for (let a = 0; a <= 1.0001; a += 0.1)
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(a)}" y2="${y(a)}" stroke="#eee"/><text x="${left - 6}" y="${y(a) + 4}" text-anchor="end">${Math.round(a * 100)}%</text>`,
    );
  for (let e = 1; e <= epochs; e += Math.max(1, Math.ceil(epochs / 15)))
    parts.push(`<text x="${x(e)}" y="${height - bottom + 16}" text-anchor="middle">${e}</text>`);
  parts.push(`<text x="${(left + width - right) / 2}" y="${height - 6}" text-anchor="middle">epoch</text>`);
  runs.forEach((run, i) => {
    const colour = colours[i % colours.length];
    const line = (key, dash) => {
      const points = run.curve
        .filter((p) => typeof p[key] === 'number')
        .map((p) => `${x(p.epoch).toFixed(1)},${y(p[key]).toFixed(1)}`);
      return points.length
        ? `<polyline fill="none" stroke="${colour}" stroke-width="2" ${dash ? 'stroke-dasharray="5,4"' : ''} points="${points.join(' ')}"/>`
        : '';
    };
    parts.push(line('valAccuracy', false), line('accuracy', true));
    const ly = top + 14 + i * 34;
    parts.push(
      `<line x1="${width - right + 10}" x2="${width - right + 30}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/><text x="${width - right + 34}" y="${ly + 4}">${esc(run.name)} validation</text>`,
    );
    parts.push(
      `<line x1="${width - right + 10}" x2="${width - right + 30}" y1="${ly + 14}" y2="${ly + 14}" stroke="${colour}" stroke-width="2" stroke-dasharray="5,4"/><text x="${width - right + 34}" y="${ly + 18}">${esc(run.name)} training</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Row-normalised confusion matrix (rows: true emotion) with counts. */
export function confusionMatrixSvg(matrix, title) {
  const cell = 52,
    left = 80,
    top = 50;
  const size = left + cell * LABELS.length + 20;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${top + cell * LABELS.length + 40}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-size="13">${esc(title)}</text>`,
    `<text x="${left + (cell * LABELS.length) / 2}" y="${top - 24}" text-anchor="middle">predicted</text>`,
  ];
  LABELS.forEach((label, i) => {
    parts.push(`<text x="${left + i * cell + cell / 2}" y="${top - 6}" text-anchor="middle">${label}</text>`);
    parts.push(`<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${label}</text>`);
  });
  matrix.forEach((row, r) => {
    const total = row.reduce((a, b) => a + b, 0) || 1;
    row.forEach((count, c) => {
      const share = count / total;
      const shade = Math.round(255 - share * 200);
      parts.push(
        `<rect x="${left + c * cell}" y="${top + r * cell}" width="${cell - 1}" height="${cell - 1}" fill="rgb(${shade},${shade},255)"/>`,
      );
      parts.push(
        `<text x="${left + c * cell + cell / 2}" y="${top + r * cell + cell / 2}" text-anchor="middle" fill="${share > 0.5 ? 'white' : 'black'}">${Math.round(share * 100)}%</text>`,
      );
      parts.push(
        `<text x="${left + c * cell + cell / 2}" y="${top + r * cell + cell / 2 + 13}" text-anchor="middle" font-size="9" fill="${share > 0.5 ? 'white' : '#555'}">${count}</text>`,
      );
    });
  });
  parts.push(
    `<text x="10" y="${top + cell * LABELS.length + 25}">rows: true emotion (each row sums to 100%)</text>`,
    '</svg>',
  );
  return parts.join('\n');
}
