// Type-level only. The generated resolver maps make every field optional, because GraphQL falls back to
// reading the field off the parent object. So a field added to schema.graphql that neither a resolver
// nor the parent object (the mapped domain type) provides would type-check and answer null, or fail
// at run time when non-null. The checks below turn that into a type error naming `Type.field`.
import type { Resolvers, ResolversParentTypes } from '../generated/resolvers-types.js';
import type { resolvers } from './index.js';

type Given = typeof resolvers;

/** Object types: the ones with a parent type (scalars such as JSON have none). */
type ObjectTypeName = Extract<keyof Resolvers, keyof ResolversParentTypes>;

type FieldOf<N extends ObjectTypeName> = Exclude<keyof NonNullable<Resolvers[N]>, '__isTypeOf' | '__resolveType'>;

/** Query and Mutation have an empty root object (`Record<PropertyKey, never>`), so no field comes from it. */
type ParentKey<N extends ObjectTypeName> = string extends keyof ResolversParentTypes[N]
  ? never
  : keyof ResolversParentTypes[N];

type ResolvedKey<N extends ObjectTypeName> = N extends keyof Given ? keyof NonNullable<Given[N]> : never;

/** What a field's resolver must produce, read off the generated resolver signature. */
type FieldResult<N extends ObjectTypeName, F extends FieldOf<N>> = Awaited<
  ReturnType<Extract<NonNullable<NonNullable<Resolvers[N]>[F]>, (...args: never[]) => unknown>>
>;

/** A nullable field may be absent on the parent: GraphQL reads undefined as null. */
type Accepted<T> = null extends T ? T | undefined : T;

type Unresolved<N extends ObjectTypeName> = {
  [F in FieldOf<N>]: F extends ParentKey<N> | ResolvedKey<N> ? never : `${N}.${F & string}`;
}[FieldOf<N>];

type Mistyped<N extends ObjectTypeName> = {
  [F in FieldOf<N>]: F extends ResolvedKey<N>
    ? never
    : F extends ParentKey<N>
      ? ResolversParentTypes[N][F] extends Accepted<FieldResult<N, F>>
        ? never
        : `${N}.${F & string}`
      : never;
}[FieldOf<N>];

type MustBeEmpty<T extends never> = T;

/** Fails to compile, listing them, while a schema field has no resolver and is missing from its parent type. */
export type EveryFieldResolved = MustBeEmpty<{ [N in ObjectTypeName]: Unresolved<N> }[ObjectTypeName]>;

/** Fails to compile, listing them, while a field read straight off its parent has a type the schema does not allow. */
export type EveryParentFieldFits = MustBeEmpty<{ [N in ObjectTypeName]: Mistyped<N> }[ObjectTypeName]>;
