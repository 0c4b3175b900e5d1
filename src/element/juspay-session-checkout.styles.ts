import { css } from 'lit';

/**
 * The element's shadow styles for the form; merchants restyle through the documented parts and
 * custom properties. What shows only once a payment starts is in `checkout-connection.ts` and `outcome-views.ts`.
 */
export const styles = css`
  :host {
    display: block;
    font-family: var(--juspay-font, system-ui, sans-serif);
    color: var(--juspay-color-text, #1a1f36);
    --_space: var(--juspay-spacing, 0.5rem);
    --_radius: var(--juspay-radius, 0.375rem);
    --_primary: var(--juspay-color-primary, #0b57d0);
    --_muted: var(--juspay-color-muted, #5f6368);
    --_error: var(--juspay-color-error, #b3261e);
    /* Two columns where the element itself is about 40rem wide (a sidebar keeps one, whatever the page's width), at most two. */
    --_columns: repeat(auto-fill, minmax(min(100%, max(19rem, calc((100% - var(--_space) * 2) / 2))), 1fr));
    /* Its own surface: the dark text stays readable on a dark page. */
    background: var(--juspay-color-background, #fff);
  }
  [hidden] {
    display: none !important;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    grid-template-columns: var(--_columns);
  }
  legend {
    grid-column: 1 / -1;
    font-weight: 600;
    font-size: 1rem;
    padding: 0;
    margin-bottom: var(--_space);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
  }
  label {
    font-size: 0.875rem;
    font-weight: 500;
  }
  input,
  select {
    font: inherit;
    font-size: 1rem;
    min-height: 2.75rem;
    box-sizing: border-box;
    width: 100%;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--juspay-color-background, #fff);
    color: inherit;
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .hint {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .checkbox {
    grid-template-columns: auto 1fr;
    align-items: center;
    min-height: 2.75rem;
    column-gap: var(--_space);
  }
  .checkbox input {
    width: 1.5rem;
    min-height: 1.5rem;
    margin: 0;
  }
  .checkbox .error,
  .checkbox .hint {
    grid-column: 1 / -1;
  }
  .repeatable,
  .row {
    grid-column: 1 / -1;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .row {
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
  }
  .row legend {
    padding-inline: calc(var(--_space) / 2);
  }
  .terms dl {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0 0 var(--_space);
  }
  .terms dl div {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .terms dt {
    color: var(--_muted);
  }
  .terms dd {
    margin: 0;
    font-weight: 600;
  }
  .terms .heading {
    font-weight: 600;
    margin: 0 0 var(--_space);
  }
  .error {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_error);
  }
  /* The star is drawn, not read: the control's own required state is what assistive technology announces.
     Browsers without alternative text for content keep the first declaration. */
  label[part~='required']::after {
    content: '\\a0*';
    content: '\\a0*' / '';
    color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 3rem;
    padding: 0 calc(var(--_space) * 3);
    /* Transparent, yet drawn in forced colors, where the background is not. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--juspay-color-on-primary, #fff);
    cursor: pointer;
    flex: 1 1 auto;
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
    border: 1px solid var(--_primary);
    min-height: 2.75rem;
    justify-self: start;
    flex: 0 0 auto;
  }
  button:hover {
    filter: brightness(1.1);
  }
  /* The live region is for assistive technology; what it says is on screen in the button, notice or outcome. */
  .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  fieldset.fields {
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .checkbox [aria-invalid='true'] {
    outline: 2px solid var(--_error);
    outline-offset: 2px;
  }
`;
