import { html, nothing, type TemplateResult } from 'lit';
import type { FieldHint } from '../contract/catalogue-hints.js';
import type { IssueCode } from '../contract/issues.js';
import type { Translate } from '../i18n/localize.js';

/**
 * What a field reads from the form. Controls carry no listeners of their own: the form listens
 * for their input, change and blur once (see `readControl`), which keeps each render light. Every
 * input reaches the form's values before the next render, so a plain `.value` binding always
 * matches what the control shows, and a reset or prefill writes through.
 */
export interface FieldContext {
  t: Translate;
  value: (name: string) => string | boolean | undefined;
  error: (name: string) => IssueCode | undefined;
}

/** Ids are scoped to the element's shadow root; names may hold `[` `]` `.`, so they are escaped. */
const idOf = (role: 'control' | 'error' | 'hint', name: string) => `${role}-${name.replace(/[^\w-]/g, '_')}`;

const today = () => new Date().toISOString().slice(0, 10);

/** The form control an event came from, with its name and current value; undefined for anything else. */
export function readControl(event: Event): { name: string; value: string | boolean } | undefined {
  const control = event.target;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement) || !control.name) return undefined;
  return { name: control.name, value: control.type === 'checkbox' ? (control as HTMLInputElement).checked : control.value };
}

export interface FieldOptions {
  /** The control's name when it differs from the spec's: an entry's member, e.g. `insured_member_details[0].name`. */
  name?: string;
  /** The label's translation key, when it differs from the name. */
  labelKey?: string;
  /** A short hint under the label, e.g. an allowed range. */
  hint?: string;
}

/**
 * One labelled control for a Session API parameter; its error and hint are tied by aria-describedby.
 * Each kind of control is a single template, so a field costs one template instance to render.
 */
export function renderField(spec: FieldHint, ctx: FieldContext, options: FieldOptions = {}): TemplateResult {
  const name = options.name ?? spec.name;
  const id = idOf('control', name);
  const error = ctx.error(name);
  const describedBy = [options.hint ? idOf('hint', name) : '', error ? idOf('error', name) : ''].join(' ').trim() || nothing;
  const current = ctx.value(name) ?? spec.default;
  const value = typeof current === 'string' ? current : '';
  const label = ctx.t(options.labelKey ?? spec.name);
  const required = spec.required === true;
  const invalid = error ? 'true' : 'false';
  const hint = options.hint ? html`<p part="hint" class="hint" id=${idOf('hint', name)}>${options.hint}</p>` : nothing;
  const message = error ? html`<p part="error" class="error" id=${idOf('error', name)}>${ctx.t(`error.${error}`)}</p>` : nothing;

  if (spec.control === 'checkbox') {
    return html`<div part="field" class="field checkbox">
      <input part="control" type="checkbox" id=${id} name=${name} .checked=${current === true} ?required=${required}
        aria-invalid=${invalid} aria-describedby=${describedBy} />
      <label part=${required ? 'label required' : 'label'} for=${id}>${label}</label>
      ${hint} ${message}
    </div>`;
  }
  if (spec.control === 'select') {
    return html`<div part="field" class="field">
      <label part=${required ? 'label required' : 'label'} for=${id}>${label}</label>
      ${hint}
      <select part="control" id=${id} name=${name} autocomplete=${spec.autocomplete ?? nothing} ?required=${required}
        aria-invalid=${invalid} aria-describedby=${describedBy}>
        <option value="" ?selected=${value === ''}>${ctx.t('form.choose')}</option>
        ${(spec.options ?? []).map(
          (option) => html`<option value=${option} ?selected=${value === option}>${ctx.t(`option.${option}`)}</option>`,
        )}
      </select>
      ${message}
    </div>`;
  }
  return html`<div part="field" class="field">
    <label part=${required ? 'label required' : 'label'} for=${id}>${label}</label>
    ${hint}
    <input part="control" id=${id} name=${name} type=${spec.control === 'text' ? nothing : (spec.control ?? nothing)} autocomplete=${spec.autocomplete ?? nothing}
      inputmode=${spec.control === 'date' ? nothing : (spec.inputmode ?? nothing)}
      max=${spec.dateFormat === 'dd-mm-yyyy' ? today() : nothing} ?required=${required}
      aria-invalid=${invalid} aria-describedby=${describedBy} .value=${value} />
    ${message}
  </div>`;
}
