/** The kind of input a classifier reads. */
export type Modality = 'image' | 'audio';
