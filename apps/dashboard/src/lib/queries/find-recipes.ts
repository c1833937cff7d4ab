import 'server-only';
import { graphql } from '../../gql';
import type { RecipesQuery } from '../../gql/graphql';
import { queryApi } from '../api/query-api';

/** A named training configuration with its default hyperparameters. */
export type Recipe = RecipesQuery['recipes'][number];

const RECIPES_QUERY = graphql(`
  query Recipes {
    recipes { name version modality description defaults }
  }
`);

/** Lists the recipes a run can be launched with. */
export async function findRecipes(): Promise<Recipe[]> {
  const data = await queryApi(RECIPES_QUERY);
  return data.recipes;
}
