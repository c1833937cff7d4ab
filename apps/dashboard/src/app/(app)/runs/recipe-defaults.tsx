import { formatJsonValue, humanizeKey } from '@/lib/format';
import { jsonObject } from '@/lib/json-object';
import type { Recipe } from '@/lib/queries/find-recipes';

/** A recipe's description and default hyperparameters, shown under the recipe picker. */
export function RecipeDefaults({ recipe }: { recipe: Recipe | undefined }) {
  if (!recipe) return <p className="hint">No recipe trains this kind of dataset.</p>;
  return (
    <div className="recipe-defaults" data-testid="recipe-defaults">
      <p className="hint">
        {recipe.description} (version {recipe.version})
      </p>
      <dl className="defaults">
        {Object.entries(jsonObject(recipe.defaults)).map(([key, value]) => (
          <div key={key}>
            <dt>{humanizeKey(key)}</dt>
            <dd>{formatJsonValue(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
