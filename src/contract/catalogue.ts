/**
 * The field catalogue: every Session API parameter we know, per vertical, with its validator,
 * who may set it, and how a form asks for it. Servers and the browser's check validate with it;
 * forms render from its zod-free half, `catalogue-hints.ts`.
 */
import { impliedValidator, validatorByName } from './catalogue-validators.js';
import { formCatalogue, locateIn, specIn, type FieldHint } from './catalogue-hints.js';
import type { Validator } from './validators.js';
import { verticals, type Vertical } from './verticals.js';

export {
  educationLevels,
  employmentTypes,
  fieldGroups,
  genders,
  mandateFrequencies,
  maritalStatuses,
  relationships,
  type Control,
  type FieldGroup,
  type FieldHint,
  type InputMode,
  type SetBy,
} from './catalogue-hints.js';

export interface ParameterSpec extends FieldHint {
  validator: Validator;
  items?: readonly ParameterSpec[];
}

const joined = new Map<FieldHint, ParameterSpec>();

/** A hint with its validator: its own, else the one its hints imply. Joined once per hint. */
function withValidator(hint: FieldHint): ParameterSpec {
  let spec = joined.get(hint);
  if (!spec) {
    const { items, ...rest } = hint;
    const validator = validatorByName[rest.name] ?? impliedValidator(rest);
    spec = { ...rest, validator, ...(items ? { items: items.map(withValidator) } : {}) };
    joined.set(hint, spec);
  }
  return spec;
}

/** Every parameter each vertical knows, customer fields in form order. */
export const catalogue = {} as Record<Vertical, readonly ParameterSpec[]>;
for (const name of verticals) catalogue[name] = formCatalogue[name].map(withValidator);

/** The parameters a form may ask the customer for, in order. */
export function customerFields(vertical: Vertical): ParameterSpec[] {
  return catalogue[vertical].filter((spec) => spec.setBy === 'customer');
}

/**
 * Where a parameter or form control name lives: at the top level, in an array parameter's entry
 * (`metadata.bank_account_details[0].bank_ifsc`) or in an object parameter (`payment_rules.payment_flows.…`).
 */
export function locateParameter(vertical: Vertical, name: string): { parent?: ParameterSpec; member: string; index?: number } {
  return locateIn(catalogue[vertical], name);
}

/** The spec for a parameter or a form control name, members included. */
export function parameterSpec(vertical: Vertical, name: string): ParameterSpec | undefined {
  return specIn(catalogue[vertical], name);
}

/** Mandate parameters, accepted only by verticals whose catalogue has mandate terms. */
export const isMandateParameter = (name: string) =>
  name === 'options.create_mandate' || name === 'mandate' || name.startsWith('mandate.');
