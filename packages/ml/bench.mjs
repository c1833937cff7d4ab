import { initBackend } from './dist/backend/index.js';
import { trainClassifier } from './dist/train/index.js';
import { predictWithFlip } from './dist/evaluate/index.js';
await initBackend({ prefer: 'wasm' });
function data(n) {
  const features = [], labels = [];
  let s = 1;
  for (let i = 0; i < n; i++) { const f = new Float32Array(2304); for (let j = 0; j < 2304; j++) { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; f[j] = s / 4294967296; } features.push(f); labels.push(i % 7); }
  return { features, labels };
}
const preset = process.argv[2];
const n = Number(process.argv[3]);
const rates = [];
const { classifier } = await trainClassifier({ modality: 'image', train: data(n), epochs: 1, batchSize: 64, seed: 1, network: { preset },
  onBatchEnd: (p) => { rates.push({ batch: p.batch, sps: p.samplesPerSecond }); } });
const t0 = performance.now();
const last = rates.at(-1), first = rates[0];
console.log(preset, 'params', classifier.model.countParams(), 'batches', rates.length, 'cumulative img/s', last.sps.toFixed(1), 'first batch img/s', first.sps.toFixed(1));
const test = data(512).features;
let t = performance.now(); await classifier.predict(test); console.log('inference img/s', (512 / ((performance.now() - t) / 1000)).toFixed(0));
classifier.dispose();
