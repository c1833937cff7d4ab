import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../support/fixtures.js';

const inEllipse = (x: number, y: number, e: { cx: number; cy: number; rx: number; ry: number }) =>
  ((x - e.cx) / e.rx) ** 2 + ((y - e.cy) / e.ry) ** 2 <= 1;

/** One 4:2:0 frame: grey background and, with `face`, a bright oval face with dark eyes and mouth shifted `dx` pixels. */
function frame(options: { width: number; height: number; dx: number; face: boolean }): Buffer {
  const { width, height, dx } = options;
  const luma = Buffer.alloc(width * height, 70);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  if (!options.face) return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const face = { cx: width / 2 + dx, cy: height / 2, rx: width * 0.2, ry: height * 0.36 };
  const dark = [
    { cx: face.cx - face.rx * 0.4, cy: face.cy - face.ry * 0.25, rx: face.rx * 0.15, ry: face.ry * 0.08 },
    { cx: face.cx + face.rx * 0.4, cy: face.cy - face.ry * 0.25, rx: face.rx * 0.15, ry: face.ry * 0.08 },
    { cx: face.cx, cy: face.cy + face.ry * 0.45, rx: face.rx * 0.45, ry: face.ry * 0.08 },
  ];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (!inEllipse(x, y, face)) continue;
      luma[y * width + x] = dark.some((d) => inEllipse(x, y, d)) ? 35 : 185;
      const c = Math.floor(y / 2) * (width / 2) + Math.floor(x / 2);
      chroma[c] = 110; // U: skin is a little yellow-red
      chroma[(width / 2) * (height / 2) + c] = 150; // V
    }
  }
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}

/**
 * Writes a looping .y4m clip for Chromium's `--use-file-for-fake-video-capture`: a drawn face moving
 * side to side, or (`face: false`) an empty grey scene; returns its path.
 */
export async function writeFakeCameraClip(
  options: { face?: boolean; width?: number; height?: number; frames?: number } = {},
): Promise<string> {
  const { face = true, width = 320, height = 240, frames = 10 } = options;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  const body = Array.from({ length: frames }, (_, i) =>
    frame({ width, height, face, dx: Math.round(Math.sin((i / frames) * 2 * Math.PI) * 20) }),
  );
  const file = path.join(await tempDir('camera'), face ? 'face.y4m' : 'empty.y4m');
  await writeFile(file, Buffer.concat([header, ...body]));
  return file;
}
