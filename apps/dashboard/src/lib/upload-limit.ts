/** Largest file the playground accepts; next.config.ts allows a little more for multipart overhead. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '10 MB';
