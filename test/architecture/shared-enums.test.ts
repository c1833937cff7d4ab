import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EMOTIONS,
  IMAGE_NETWORKS,
  IMPORT_STATUSES,
  MODALITIES,
  ROLES,
  RUN_STATUSES,
  SPLITS,
} from '@emolab/core/domain';
import { EMOTION_LABELS, IMAGE_MODEL_PRESETS } from '@emolab/ml/models';
import { ROOT } from '../support/platform.js';

/** `enum Name { A B C }` blocks (one line or many) of a Prisma or GraphQL schema, by name. */
function enumsOf(file: string): Record<string, string[]> {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const enums: Record<string, string[]> = {};
  for (const match of text.matchAll(/^enum\s+(\w+)\s*\{([^}]*)\}/gm)) {
    enums[match[1]!] = match[2]!.split(/\s+/).filter((word) => /^\w+$/.test(word));
  }
  return enums;
}

// @emolab/core/domain defines each list once; the schemas must spell the same values in the same order.
const DOMAIN = {
  Emotion: EMOTIONS,
  Modality: MODALITIES,
  Role: ROLES,
  Split: SPLITS,
  RunStatus: RUN_STATUSES,
  ImportStatus: IMPORT_STATUSES,
};

describe('the enums every layer shares', () => {
  it.each(['prisma/schema.prisma', 'apps/api/src/graphql/schema.graphql'])(
    '%s spells the domain enums as @emolab/core/domain does',
    (file) => {
      const enums = enumsOf(file);
      for (const [name, values] of Object.entries(DOMAIN))
        expect(enums[name], `${file} enum ${name}`).toEqual([...values]);
    },
  );

  it("names exactly ml's image presets as the networks a recipe can train", () => {
    expect([...IMAGE_NETWORKS].sort()).toEqual(Object.keys(IMAGE_MODEL_PRESETS).sort());
  });

  it("gives ml's model labels in the domain's order (ml cannot import core, so this ties them)", () => {
    expect(EMOTION_LABELS.map((label) => label.toUpperCase())).toEqual([...EMOTIONS]);
  });
});
