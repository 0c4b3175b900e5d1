import { html, type TemplateResult } from 'lit';
import { fieldGroups, type FieldGroup, type ParameterSpec } from '../contract/catalogue.js';
import type { FormModel } from './form-model.js';
import { renderField, type FieldContext } from './render-field.js';
import { renderRepeatable } from './render-repeatable.js';
import { renderTerms, type TermFormats } from './render-terms.js';

export interface FormContext extends FieldContext, TermFormats {
  onAdd: (list: string) => void;
  onRemove: (list: string, index: number) => void;
}

/** The model's fields in their groups, in catalogue order, then the terms to consent to. */
export function renderForm(model: FormModel, ctx: FormContext): TemplateResult {
  const ruleValueMax = model.ruleValueMax();
  const groups = new Map<FieldGroup, ParameterSpec[]>();
  for (const spec of model.shown()) {
    if (spec.name === 'mandate.rule_value' && !ruleValueMax) continue;
    const group = spec.group ?? 'contact';
    groups.set(group, [...(groups.get(group) ?? []), spec]);
  }
  const field = (spec: ParameterSpec) =>
    spec.shape === 'array'
      ? renderRepeatable(spec, { ...ctx, rows: model.rowCount(spec.name) })
      : renderField(spec, ctx, spec.name === 'mandate.rule_value' ? { hint: ctx.t('mandate.rule_value.hint', { max: ruleValueMax! }) } : {});
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
