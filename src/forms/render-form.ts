import { html, type TemplateResult } from 'lit';
import { fieldGroups, type FieldGroup, type FieldHint } from '../contract/catalogue-hints.js';
import type { FormModel } from './form-model.js';
import { renderField } from './render-field.js';
import { renderRepeatable } from './render-repeatable.js';
import { renderTerms, type TermsContext } from './render-terms.js';

export interface FormContext extends TermsContext {
  onAdd: (list: string) => void;
  onRemove: (list: string, index: number) => void;
}

/** The model's fields in their groups, in catalogue order, then the terms to consent to. */
export function renderForm(model: FormModel, ctx: FormContext): TemplateResult {
  const groups = new Map<FieldGroup, FieldHint[]>();
  for (const spec of model.shown()) {
    if (!model.applies(spec)) continue;
    const group = spec.group ?? 'contact';
    groups.set(group, [...(groups.get(group) ?? []), spec]);
  }
  const field = (spec: FieldHint) =>
    spec.shape === 'array'
      ? renderRepeatable(spec, { ...ctx, rows: model.rowCount(spec.name) })
      : renderField(spec, ctx, spec.bound ? { hint: ctx.t(`${spec.name}.hint`, { max: model.upperBound(spec)! }) } : {});
  return html`${fieldGroups
      .filter((group) => groups.has(group))
      .map(
        (group) => html`<fieldset part="group">
          <legend>${ctx.t(`group.${group}`)}</legend>
          ${groups.get(group)!.map(field)}
        </fieldset>`,
      )}
    ${renderTerms(model.terms(), ctx)}`;
}
