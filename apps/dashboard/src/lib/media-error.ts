/** A sentence for a getUserMedia / MediaRecorder failure. */
export function describeMediaError(error: unknown, device: 'camera' | 'microphone'): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return `Access to the ${device} was denied. Allow it in the browser's site settings and try again.`;
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return `No ${device} was found.`;
  if (name === 'NotReadableError') return `The ${device} is in use by another application.`;
  if (typeof navigator !== 'undefined' && !navigator.mediaDevices)
    return `This browser cannot use the ${device} here (it needs HTTPS or localhost).`;
  return `Could not start the ${device}: ${error instanceof Error ? error.message : String(error)}`;
}
