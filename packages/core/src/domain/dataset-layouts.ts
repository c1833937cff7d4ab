import { parseEmotion, type Emotion } from './emotions.js';
import type { ImportFormat, Modality, Split } from './types.js';

/** Where one file of an import belongs: its label (null when unlabeled), split and source metadata. */
export interface SamplePlacement {
  label: Emotion | null;
  split: Split;
  speaker: string | null;
  word: string | null;
}

/** Every import format. */
export const IMPORT_FORMATS: readonly ImportFormat[] = ['fer2013', 'tess', 'folders', 'unlabeled'];

/** The modality a format always holds; formats not listed hold images or audio. */
export const FORMAT_MODALITY: Partial<Record<ImportFormat, Modality>> = { fer2013: 'IMAGE', tess: 'AUDIO' };

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff', 'bmp', 'avif']);
const AUDIO_EXTENSIONS = new Set(['wav', 'wave', 'aif', 'aiff']);

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
  avif: 'image/avif',
  wav: 'audio/wav',
  wave: 'audio/wav',
  aif: 'audio/aiff',
  aiff: 'audio/aiff',
};

/** The media type a stored file is served with, from its extension only: clients' claims are not trusted. */
export function mediaTypeFor(fileName: string): string {
  return MEDIA_TYPES[fileName.toLowerCase().split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** True when the file name has an extension the modality can hold. */
export function hasMediaExtension(modality: Modality, fileName: string): boolean {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return (modality === 'IMAGE' ? IMAGE_EXTENSIONS : AUDIO_EXTENSIONS).has(ext);
}

function fnv1a(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

// TESS is not split by its authors; hashing the word keeps every word on one side (word-disjoint test set).
function wordSplit(word: string): Split {
  return fnv1a(word) % 5 === 0 ? 'TEST' : 'TRAIN';
}

// Folders without splits: a stable 80/10/10 split by path, so re-importing keeps each file's side.
function pathSplit(path: string): Split {
  const bucket = fnv1a(path) % 10;
  return bucket === 0 ? 'TEST' : bucket === 1 ? 'VALIDATION' : 'TRAIN';
}

function placeFer2013(parts: string[]): SamplePlacement | string {
  if (parts.length < 3) return 'expected train|test/<emotion>/<file>';
  const [splitDir, classDir] = parts.slice(-3) as [string, string, string];
  // Kaggle's folder copy calls PublicTest `test`; from the CSV, PublicTest is the usual validation set and PrivateTest the test set.
  const split = /^(train|training)$/i.test(splitDir)
    ? 'TRAIN'
    : /^(test|privatetest)$/i.test(splitDir)
      ? 'TEST'
      : /^(val|validation|publictest)$/i.test(splitDir)
        ? 'VALIDATION'
        : null;
  if (!split) return `unknown split folder '${splitDir}' (expected train, val or test)`;
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
  if (folderLabel && folderLabel !== label)
    return `file emotion '${emotionWord}' disagrees with its folder '${parts.at(-2)}'`;
  return { label, split: wordSplit(word.toLowerCase()), speaker, word: word.toLowerCase() };
}

function placeInFolders(parts: string[], path: string): SamplePlacement | string {
  const folder = parts.at(-2);
  if (!folder) return 'expected <emotion>/<file>';
  const label = parseEmotion(folder);
  if (!label) return `unknown emotion folder '${folder}'`;
  return { label, split: pathSplit(path), speaker: null, word: null };
}

/** Reads label, split and metadata from a file's path inside an import; returns a reason string when it cannot. */
export function placeSample(format: ImportFormat, relativePath: string): SamplePlacement | string {
  const parts = relativePath.split(/[\\/]+/).filter(Boolean);
  switch (format) {
    case 'fer2013':
      return placeFer2013(parts);
    case 'tess':
      return placeTess(parts);
    case 'folders':
      return placeInFolders(parts, parts.join('/'));
    case 'unlabeled':
      return { label: null, split: 'UNASSIGNED', speaker: null, word: null };
  }
}
