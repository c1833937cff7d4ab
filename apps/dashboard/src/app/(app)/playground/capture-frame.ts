/** A JPEG snapshot of a video frame, with the pixel size that face boxes refer to. */
export interface CapturedFrame {
  base64: string;
  width: number;
  height: number;
}

const MAX_WIDTH = 480;

/** Draws the current video frame onto the canvas (at most 480 px wide) and encodes it as JPEG. */
export function captureFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement): CapturedFrame | null {
  if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) return null;
  const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const base64 = canvas.toDataURL('image/jpeg', 0.8).replace(/^data:[^,]*,/, '');
  return { base64, width: canvas.width, height: canvas.height };
}
