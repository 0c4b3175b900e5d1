/**
 * Rules that relate parameters to each other. They see only values that passed their own
 * validator, in canonical form, so each rule can trust the types it reads. A rule that makes
 * a parameter required applies whenever its trigger is in the body: the terms travel together.
 */
import { mandateFrequencies, ruleValueMax } from './catalogue-hints.js';
import type { IssueCode } from './issues.js';
import { dateFormats, type DateFormat } from './dates.js';
import type { Vertical } from './verticals.js';

export type Report = (path: string, code: IssueCode) => void;
export type Rule = (values: Readonly<Record<string, unknown>>, report: Report) => void;

const dateOf = (format: DateFormat, value: unknown) =>
  typeof value === 'string' ? dateFormats[format].parse(value)?.getTime() : undefined;

/** Seed 000: a trip may end on the day it starts, not before. */
const travelDates: Rule = (values, report) => {
  const start = dateOf('dd-Mon-yyyy', values['metadata.travel_start_date']);
  const end = dateOf('dd-Mon-yyyy', values['metadata.travel_end_date']);
  if (start !== undefined && end !== undefined && end < start) report('metadata.travel_end_date', 'date_order');
};

/** Seed 002: the mandate expires after it starts. */
const mandateDates: Rule = (values, report) => {
  const start = dateOf('epoch-seconds', values['mandate.start_date']);
  const end = dateOf('epoch-seconds', values['mandate.end_date']);
  if (start !== undefined && end !== undefined && end <= start) report('mandate.end_date', 'date_not_after');
};

const mandateRuleValue: Rule = (values, report) => {
  const frequency = (values['mandate.frequency'] ?? 'ASPRESENTED') as (typeof mandateFrequencies)[number];
  const max = ruleValueMax[frequency];
  const value = values['mandate.rule_value'];
  if (max === undefined) return;
  if (value === undefined) report('mandate.rule_value', 'required');
  else if (Number(value) > max) report('mandate.rule_value', 'range');
};

/** Seed 002: a VARIABLE mandate (the default) needs its ceiling; a FIXED one uses the order amount. */
const mandateMaxAmount: Rule = (values, report) => {
  if (values['options.create_mandate'] !== undefined && values['mandate.amount_rule'] !== 'FIXED' && values['mandate.max_amount'] === undefined) {
    report('mandate.max_amount', 'required');
  }
};

/** Seed 003: a TPV payment is at least INR 1. */
const tpvMinimumAmount: Rule = (values, report) => {
  // Both are canonical here: the amount a decimal string, the currency an uppercase code.
  if ((values.currency ?? 'INR') === 'INR' && Number(values.amount) < 1) report('amount', 'range');
};

const mandateRules = [mandateDates, mandateRuleValue, mandateMaxAmount];

export const rules: Record<Vertical, readonly Rule[]> = {
  general: [],
  insurance: [],
  education: [],
  travel: [travelDates],
  tpv: [tpvMinimumAmount, ...mandateRules],
  mandate: mandateRules,
  billing: mandateRules,
};
