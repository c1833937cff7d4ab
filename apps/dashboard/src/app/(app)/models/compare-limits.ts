/** compareModelVersions takes 2 to 4 model versions. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
