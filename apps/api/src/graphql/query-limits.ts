import type { ApolloServerOptions } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApiContext } from './context.js';

/**
 * How big one operation may be; README's GraphQL section lists these. Aliases: `emolab eval` sends
 * 32 aliased predicts and the API scores up to 64 in one model call. Cost (graphql-armor's: 2 per
 * object, 1 per scalar, x1.5 per level, x`first:`) fits one 1000-sample page with ten fields
 * (about 46,000). Depth and tokens leave room over the dashboard's and CLI's deepest (4) and
 * longest (about 600 tokens) operations; a string literal, e.g. an inline base64 file, is one token.
 */
const LIMITS = { maxTokens: 5_000, maxAliases: 64, maxDepth: 12, maxCost: 50_000 } as const;

/**
 * Apollo Server options that refuse an operation over the limits before it runs: too many tokens
 * fails parsing (GRAPHQL_PARSE_FAILED), too many aliases, too deep or too costly fails validation
 * (GRAPHQL_VALIDATION_FAILED); both are HTTP 400.
 */
export function queryLimits(): Pick<ApolloServerOptions<ApiContext>, 'validationRules' | 'parseOptions'> {
  // Only armor's validation rules: its two plugins (tokens, suggestions) are replaced, see below.
  const { validationRules } = new ApolloArmor({
    maxAliases: { n: LIMITS.maxAliases },
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    // graphql-js counts tokens while it parses (parseOptions below). Armor's token plugin parses
    // a second time and fails from Apollo's unexpected-error hook: HTTP 500, logged as a server fault.
    maxTokens: { enabled: false },
    // formatError strips every "Did you mean" hint; armor's Apollo mask misses enum value hints.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { validationRules, parseOptions: { maxTokens: LIMITS.maxTokens } };
}
