/** What `bench.html`'s harness (`window.bench`) offers the Node side. Shared by both, types only. */
import type { ControlInfo } from './values.js';

export type FormState = 'empty' | 'errors' | 'submitting' | 'failed';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface FirstRenderSamples {
  /** Milliseconds from `createElement` to a laid-out, interactive form. */
  element: number[];
  /** Milliseconds from the start of building the equivalent static form to a laid-out form. */
  static: number[];
  fields: number;
}

export interface SubmitSamples {
  /** A bare `fetch()` POST of the same JSON to the same endpoint, response JSON read. */
  fetch: number[];
  /** `submit()` to HyperServices `process()`, the SDK loaded and initiated while the customer typed. */
  preloaded: number[];
  /** The same, with HyperServices.js not yet loaded when `submit()` is called. */
  cold: number[];
  /** Runs that did not reach `process()`, with why. */
  failures: string[];
  /** Preloaded runs split by the endpoint request's resource timing: ms before it, in it, after it. */
  breakdown: { beforeRequest: number; request: number; afterResponse: number }[];
}

export interface StateResult {
  reached: boolean;
  note: string;
}

export interface BenchHarness {
  controls(vertical: string): Promise<ControlInfo[]>;
  firstRender(vertical: string, runs: number, warmup: number): Promise<FirstRenderSamples>;
  submitToProcess(runs: number): Promise<SubmitSamples>;
  typing(vertical: string, rounds: number): Promise<{ samples: number[]; controls: number }>;
  now(): number;
  /** The static form of a vertical, for a page of its own: the element's stylesheet as text and the markup. */
  staticPage(vertical: string): Promise<{ css: string; markup: string; controls: number }>;
  /**
   * On a fresh drop-in page: mounts the vertical, fills it without blurring (no validation preloaded)
   * and submits at once; ms from `submit()` to `process()`, or undefined when it never came.
   */
  coldPay(vertical: string): Promise<number | undefined>;
  cycles(verticals: string[], count: number): Promise<number>;
  prepareState(vertical: string, state: FormState): Promise<StateResult>;
  axe(): Promise<AxeViolation[]>;
  clear(): void;
}

export interface CspViolation {
  blockedURI: string;
  violatedDirective: string;
  effectiveDirective: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

export interface CspPage {
  violations: CspViolation[];
  events: { name: string; target: string; detail: unknown }[];
  controls(id: string): ControlInfo[];
  /** Mounts a vertical, submits it empty; returns how many controls show an error. */
  mountAndSubmitEmpty(vertical: string): Promise<number>;
  /** Triggers one deliberate eval violation; true when the listener saw it. */
  canary(): Promise<boolean>;
}

declare global {
  interface Window {
    bench: BenchHarness;
    cspBench: CspPage;
  }
}
