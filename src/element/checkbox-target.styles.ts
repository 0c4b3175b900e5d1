import { css } from 'lit';

/**
 * A checkbox's whole 44 px row is its tap target: the label reaches under the 24 px box, which stays on top, so a tap
 * anywhere on the row ticks it. Adopted with the deferred chunk, as #17's bytes count toward the total, not the first
 * paint: it moves nothing on screen, and until then the box and its label's words take the tap.
 */
export const checkboxTargetStyles = css`
  .checkbox input {
    position: relative;
  }
  .checkbox label {
    min-height: 2.75rem;
    align-content: center;
    margin-left: calc(-1.5rem - var(--_space));
    padding-left: calc(1.5rem + var(--_space));
  }
`;
