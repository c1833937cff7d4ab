/** Name of the httpOnly cookie that holds the signed-in API key. */
export const API_KEY_COOKIE = 'emolab_api_key';
