import { parseEmotion, type Emotion } from './emotions.js';
import type { ImportFormat, Modality, Split } from './types.js';

/** Where one file of an import belongs: its label, split and source metadata. */
export interface SamplePlacement {
  label: Emotion;
  split: Split;
  speaker: string | null;
  word: string | null;
}

/** The modality each import format holds. */
export const FORMAT_MODALITY: Record<ImportFormat, Modality> = { fer2013: 'IMAGE', tess: 'AUDIO' };

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff', 'bmp', 'avif']);
const AUDIO_EXTENSIONS = new Set(['wav', 'wave', 'aif', 'aiff']);

/** True when the file name has an extension the modality can hold. */
export function hasMediaExtension(modality: Modality, fileName: string): boolean {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return (modality === 'IMAGE' ? IMAGE_EXTENSIONS : AUDIO_EXTENSIONS).has(ext);
}

// TESS is not split by its authors; hashing the word keeps every word on one side (word-disjoint test set).
function wordSplit(word: string): Split {
  let hash = 2166136261;
  for (const char of word) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 5 === 0 ? 'TEST' : 'TRAIN';
}

function placeFer2013(parts: string[]): SamplePlacement | string {
  if (parts.length < 3) return 'expected train|test/<emotion>/<file>';
  const [splitDir, classDir] = parts.slice(-3) as [string, string, string];
  const split = /^(train|training)$/i.test(splitDir) ? 'TRAIN' : /^(test|publictest|privatetest|val|validation)$/i.test(splitDir) ? 'TEST' : null;
  if (!split) return `unknown split folder '${splitDir}' (expected train or test)`;
  const label = parseEmotion(classDir);
  if (!label) return `unknown emotion folder '${classDir}'`;
  return { label, split, speaker: null, word: null };
}

function placeTess(parts: string[]): SamplePlacement | string {
  const fileName = parts.at(-1) ?? '';
  const stem = fileName.replace(/\.[^.]+$/, '');
  // <speaker>_<word>_<emotion>; the speaker prefix is misspelt in some copies (OA_ for OAF_).
  const match = /^([A-Za-z]+)_([A-Za-z]+)_([A-Za-z_]+)$/.exec(stem);
  if (!match) return `file name '${fileName}' is not <speaker>_<word>_<emotion>.wav`;
  const [, rawSpeaker = '', word = '', emotionWord = ''] = match;
  const label = parseEmotion(emotionWord);
  if (!label) return `unknown emotion '${emotionWord}' in '${fileName}'`;
  const speaker = rawSpeaker.toUpperCase() === 'OA' ? 'OAF' : rawSpeaker.toUpperCase();
  const folderLabel = parts.length >= 2 ? parseEmotion((parts.at(-2) ?? '').replace(/^[A-Za-z]+_/, '')) : label;
  if (folderLabel && folderLabel !== label) return `file emotion '${emotionWord}' disagrees with its folder '${parts.at(-2)}'`;
  return { label, split: wordSplit(word.toLowerCase()), speaker, word: word.toLowerCase() };
}

/** Reads label, split and metadata from a file's path inside an import; returns a reason string when it cannot. */
export function placeSample(format: ImportFormat, relativePath: string): SamplePlacement | string {
  const parts = relativePath.split(/[\\/]+/).filter(Boolean);
  return format === 'fer2013' ? placeFer2013(parts) : placeTess(parts);
}
