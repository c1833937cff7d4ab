import type { Modality } from '@/lib/api/types';

/** A model version the user can pick in the playground. */
export interface ModelOption {
  id: string;
  modality: Modality;
  accuracy: number | null;
  aliases: string[];
}
