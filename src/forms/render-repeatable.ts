import { html, type TemplateResult } from 'lit';
import type { FieldHint } from '../contract/catalogue-hints.js';
import { itemName } from '../contract/control-names.js';
import { renderField, type FieldContext } from './render-field.js';

export interface RepeatableContext extends FieldContext {
  rows: number;
  onAdd: (name: string) => void;
  onRemove: (name: string, index: number) => void;
}

/**
 * A list parameter (`insured_member_details`, `metadata.bank_account_details`) as rows of member
 * controls named `<name>[<index>].<member>`, with add and remove. There is always at least one row.
 */
export function renderRepeatable(spec: FieldHint, ctx: RepeatableContext): TemplateResult {
  const members = (spec.items ?? []).filter((item) => item.setBy === 'customer');
  const rows = Array.from({ length: ctx.rows }, (_, index) => index);
  return html`<div class="repeatable" data-name=${spec.name}>
    ${rows.map((index) => {
      const row = ctx.t(`${spec.name}.row`, { n: index + 1 });
      return html`<fieldset part="group row" class="row">
        <legend>${row}</legend>
        ${members.map((member) =>
          renderField(member, ctx, { name: itemName(spec.name, index, member.name), labelKey: `${spec.name}.${member.name}` }),
        )}
        ${ctx.rows > 1
          ? html`<button part="button remove" class="secondary remove" type="button" aria-label=${ctx.t('form.remove', { item: row })}
              @click=${() => ctx.onRemove(spec.name, index)}>${ctx.t('form.remove_row')}</button>`
          : ''}
      </fieldset>`;
    })}
    <button part="button add" class="secondary add" type="button" @click=${() => ctx.onAdd(spec.name)}>
      ${ctx.t(`${spec.name}.add`)}
    </button>
  </div>`;
}
