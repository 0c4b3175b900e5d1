/**
 * The parameters only the merchant's server may set, across verticals. Their own module, which
 * only servers import, so the browser's bundle does not build the list it never reads.
 */
import { catalogue, type ParameterSpec } from './catalogue.js';
import { vertical } from './catalogue-hints.js';

/** Every parameter only the merchant's server may set, across verticals. */
export const serverOnlyParameters: readonly ParameterSpec[] = vertical(...Object.values(catalogue)).filter(
  (spec) => spec.setBy === 'server',
);

/** Names of the parameters only the merchant's server may set. */
export const serverOnlyNames: readonly string[] = serverOnlyParameters.map((spec) => spec.name);
