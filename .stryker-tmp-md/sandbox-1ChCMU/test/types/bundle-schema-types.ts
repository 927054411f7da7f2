/**
 * Compile-time check, run by `npm run typecheck`: the bundle's zod schema (from which the JSON
 * Schema is generated) and its hand-written TypeScript types describe the same data. A field
 * added, removed or typed differently on one side only fails the type check here.
 */
// @ts-nocheck

import type { BundleFromSchema } from '../../cli/content/bundle-schema.js';
// A copy of the v2 types until they replace src/content/bundle-types.ts on main; then import
// from there and delete the copy.
import type { Article, BlockNode, ContentBundle, Hub, InlineNode } from '../../src/content/bundle-types.js';

/** `true` only when each type is assignable to the other. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type SchemaHub = BundleFromSchema['hubs'][string];

export const typesAgree: {
  inlineNode: Agree<SchemaHub['questions'][number][number], InlineNode>;
  blockNode: Agree<SchemaHub['intro'][number], BlockNode>;
  article: Agree<BundleFromSchema['articles'][string], Article>;
  hub: Agree<SchemaHub, Hub>;
  bundle: Agree<BundleFromSchema, ContentBundle>;
} = { inlineNode: true, blockNode: true, article: true, hub: true, bundle: true };
