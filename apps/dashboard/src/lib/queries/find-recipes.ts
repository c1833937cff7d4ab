import 'server-only';
import { queryApi } from '../api/query-api';
import type { Modality } from '../api/types';

/** A named training configuration with its default hyperparameters. */
export interface Recipe {
  name: string;
  version: number;
  modality: Modality;
  description: string;
  defaults: Record<string, unknown>;
}

const RECIPES_QUERY = /* GraphQL */ `
  query Recipes {
    recipes { name version modality description defaults }
  }
`;

/** Lists the recipes a run can be launched with. */
export async function findRecipes(): Promise<Recipe[]> {
  const data = await queryApi<{ recipes: Recipe[] }>(RECIPES_QUERY);
  return data.recipes;
}
