import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ParameterSpec } from '../contract/catalogue.js';
import type { IssueCode } from '../contract/issues.js';
import type { Translate } from '../i18n/localize.js';

export interface FieldContext {
  t: Translate;
  value: (name: string) => string | boolean | undefined;
  error: (name: string) => IssueCode | undefined;
  onInput: (name: string, value: string | boolean) => void;
  onBlur: (name: string) => void;
}

/** Control ids are scoped to the element's shadow root; names may hold `[` `]` `.`, so they are escaped. */
export const controlId = (name: string) => `control-${name.replace(/[^\w-]/g, '_')}`;
const errorId = (name: string) => `error-${name.replace(/[^\w-]/g, '_')}`;
const hintId = (name: string) => `hint-${name.replace(/[^\w-]/g, '_')}`;

const today = () => new Date().toISOString().slice(0, 10);

function readValue(event: Event): string | boolean {
  const control = event.target as HTMLInputElement | HTMLSelectElement;
  return control.type === 'checkbox' ? (control as HTMLInputElement).checked : control.value;
}

export interface FieldOptions {
  /** The control's name when it differs from the spec's: an entry's member, e.g. `insured_member_details[0].name`. */
  name?: string;
  /** The label's translation key, when it differs from the name. */
  labelKey?: string;
  /** A short hint under the label, e.g. an allowed range. */
  hint?: string;
}

/** One labelled control for a Session API parameter; its error and hint are tied by aria-describedby. */
export function renderField(spec: ParameterSpec, ctx: FieldContext, options: FieldOptions = {}): TemplateResult {
  const name = options.name ?? spec.name;
  const id = controlId(name);
  const error = ctx.error(name);
  const describedBy = [options.hint ? hintId(name) : '', error ? errorId(name) : ''].join(' ').trim() || undefined;
  const current = ctx.value(name) ?? spec.default;
  const value = typeof current === 'string' ? current : '';
  const onInput = (event: Event) => ctx.onInput(name, readValue(event));
  const onBlur = () => ctx.onBlur(name);
  const invalid = error ? 'true' : 'false';
  const label = html`<label part="label" for=${id}
    >${ctx.t(options.labelKey ?? spec.name)}${spec.required
      ? html`<span class="required" aria-hidden="true"> *</span>`
      : nothing}</label
  >`;
  const hint = options.hint ? html`<p part="hint" class="hint" id=${hintId(name)}>${options.hint}</p>` : nothing;
  const message = error ? html`<p part="error" class="error" id=${errorId(name)}>${ctx.t(`error.${error}`)}</p>` : nothing;

  if (spec.control === 'checkbox') {
    return html`<div part="field" class="field checkbox">
      <input
        part="control"
        type="checkbox"
        id=${id}
        name=${name}
        .checked=${live(current === true)}
        ?required=${spec.required}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        @change=${onInput}
        @blur=${onBlur}
      />
      ${label} ${hint} ${message}
    </div>`;
  }
  const control =
    spec.control === 'select'
      ? html`<select
          part="control"
          id=${id}
          name=${name}
          autocomplete=${ifDefined(spec.autocomplete)}
          ?required=${spec.required}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          @change=${onInput}
          @blur=${onBlur}
        >
          <option value="" ?selected=${value === ''}>${ctx.t('form.choose')}</option>
          ${(spec.options ?? []).map(
            (option) => html`<option value=${option} ?selected=${value === option}>${ctx.t(`option.${option}`)}</option>`,
          )}
        </select>`
      : html`<input
          part="control"
          id=${id}
          name=${name}
          type=${spec.control ?? 'text'}
          autocomplete=${ifDefined(spec.autocomplete)}
          inputmode=${ifDefined(spec.control === 'date' ? undefined : spec.inputmode)}
          max=${ifDefined(spec.dateFormat === 'dd-mm-yyyy' ? today() : undefined)}
          ?required=${spec.required}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          .value=${live(value)}
          @input=${onInput}
          @blur=${onBlur}
        />`;
  return html`<div part="field" class="field">${label}${hint}${control}${message}</div>`;
}
