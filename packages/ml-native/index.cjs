'use strict';
// Loads the oneDNN addon if `npm install` could build it. `native` is null otherwise, and `reason`
// says why, so the caller can log it once and run on wasm.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const addonPath = path.join(__dirname, 'build', 'Release', 'emolab_dnnl.node');
let native = null;
let reason = 'loaded';
if (process.env.EMOLAB_NATIVE === '0') {
  reason = 'disabled by EMOLAB_NATIVE=0';
} else if (!existsSync(addonPath)) {
  let built;
  try {
    built = JSON.parse(readFileSync(path.join(__dirname, 'build', 'status.json'), 'utf8'));
  } catch {
    built = undefined; // the install script did not run (e.g. --ignore-scripts)
  }
  reason = built?.reason ? `not built: ${built.reason}` : 'not built (run `npm rebuild @emolab/ml-native`)';
} else {
  // Threads that spin between parallel regions slow the thread doing the work on these machines (the
  // two vCPUs share a core); sleeping costs a futex wake per region, far less (measured: ReLU over
  // 4.7M floats 1.4 ms passive vs 6-10 ms spinning). libgomp reads this when the addon loads it.
  if (process.env.OMP_WAIT_POLICY === undefined) process.env.OMP_WAIT_POLICY = 'passive';
  try {
    native = require(addonPath);
  } catch (error) {
    reason = `failed to load: ${error.message.split('\n')[0]}`;
  }
}

module.exports = { native, reason };
