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
  try {
    native = require(addonPath);
  } catch (error) {
    reason = `failed to load: ${error.message.split('\n')[0]}`;
  }
}

module.exports = { native, reason };
