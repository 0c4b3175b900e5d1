import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ParameterSpec } from '../contract/catalogue.js';
import type { IssueCode } from '../contract/issues.js';
import type { Translate } from '../i18n/localize.js';

export interface FieldContext {
  value: string | boolean | undefined;
  error: IssueCode | undefined;
  t: Translate;
  onInput: (name: string, value: string | boolean) => void;
  onBlur: (name: string) => void;
}

/** Control ids are scoped to the element's shadow root, so the parameter name is unique enough. */
export const controlId = (name: string) => `control-${name}`;
const errorId = (name: string) => `error-${name}`;

const today = () => new Date().toISOString().slice(0, 10);

function readValue(event: Event): string | boolean {
  const control = event.target as HTMLInputElement | HTMLSelectElement;
  return control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value;
}

/** One labelled control for a Session API parameter, with its error tied by aria-describedby. */
export function renderField(spec: ParameterSpec, ctx: FieldContext): TemplateResult {
  const { name } = spec;
  const id = controlId(name);
  const invalid = ctx.error !== undefined;
  const describedBy = invalid ? errorId(name) : undefined;
  const onInput = (event: Event) => ctx.onInput(name, readValue(event));
  const onBlur = () => ctx.onBlur(name);
  const label = html`<label part="label" for=${id}
    >${ctx.t(name)}${spec.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label
  >`;
  const error = invalid
    ? html`<p part="error" class="error" id=${errorId(name)}>${ctx.t(`error.${ctx.error}`)}</p>`
    : nothing;
  const value = typeof ctx.value === 'string' ? ctx.value : '';

  let control: TemplateResult;
  if (spec.control === 'select') {
    control = html`<select
      part="control"
      id=${id}
      name=${name}
      autocomplete=${ifDefined(spec.autocomplete)}
      ?required=${spec.required}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy)}
      @change=${onInput}
      @blur=${onBlur}
    >
      <option value="" ?selected=${value === ''}>${ctx.t('form.choose')}</option>
      ${(spec.options ?? []).map(
        (option) => html`<option value=${option} ?selected=${value === option}>${ctx.t(`option.${option}`)}</option>`,
      )}
    </select>`;
  } else if (spec.control === 'checkbox') {
    return html`<div part="field" class="field checkbox">
      <input
        part="control"
        type="checkbox"
        id=${id}
        name=${name}
        .checked=${live(ctx.value === true)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy)}
        @change=${onInput}
        @blur=${onBlur}
      />
      ${label} ${error}
    </div>`;
  } else {
    control = html`<input
      part="control"
      id=${id}
      name=${name}
      type=${spec.control ?? 'text'}
      autocomplete=${ifDefined(spec.autocomplete)}
      inputmode=${ifDefined(spec.control === 'date' ? undefined : spec.inputmode)}
      max=${ifDefined(spec.dateFormat === 'dd-mm-yyyy' ? today() : undefined)}
      ?required=${spec.required}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy)}
      .value=${live(value)}
      @input=${onInput}
      @blur=${onBlur}
    />`;
  }
  return html`<div part="field" class="field">${label}${control}${error}</div>`;
}
