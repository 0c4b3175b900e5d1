/**
 * Generates docs/element.md's API reference from the custom elements manifest that
 * `npm run build:manifest` writes (dist/custom-elements.json): the element's JSDoc is the source,
 * so a new attribute, event or part is documented where it is declared.
 */
import { readFileSync } from 'node:fs';

/** Where the reference goes in a page. */
export const elementApiMarkers = { start: '<!-- element-api:start -->', end: '<!-- element-api:end -->' };

interface Described {
  name: string;
  description?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  type?: { text: string };
  default?: string;
  attribute?: string;
  parameters?: { name: string; type?: { text: string } }[];
}
interface Declaration extends Described {
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: (Described & { fieldName?: string })[];
  events?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
  slots?: Described[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text?: string) => (text ? `\`${cell(text)}\`` : '');

function table(head: string[], rows: string[][]): string[] {
  if (!rows.length) return ['None.'];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function readManifest(path: string): Manifest {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`Cannot read ${path} (run \`npm run build\` first): ${(error as Error).message}`);
  }
}

/** The reference for `<tagName>`, as Markdown. */
export function elementApiSection(manifest: Manifest, tagName = 'juspay-session-checkout'): string {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  if (!element) throw new Error(`The manifest declares no <${tagName}>`);
  // Public API only: `lang` is the inherited HTML attribute, and `#private`/`_internal` members are not the merchant's.
  const members = (element.members ?? []).filter(
    (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && member.name !== 'lang',
  );
  const fields = members.filter((member) => member.kind === 'field');
  const withAttribute = fields.filter((field) => field.attribute);
  const propertyOnly = fields.filter((field) => !field.attribute);
  const methods = members.filter((member) => member.kind === 'method');
  const signature = (method: Member) => `${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`;
  return [
    `Generated from \`dist/custom-elements.json\` (the element's JSDoc) by \`npm run docs:write\`.`,
    '',
    '### Attributes',
    '',
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      withAttribute.map((field) => [code(field.attribute), code(field.name), code(field.type?.text), code(field.default), cell(field.description)]),
    ),
    '',
    '### Properties without an attribute',
    '',
    'Objects and functions: set them as properties (`element.prefill = {…}`), never as attributes.',
    '',
    ...table(['property', 'type', 'description'], propertyOnly.map((field) => [code(field.name), code(field.type?.text), cell(field.description)])),
    '',
    '### Methods',
    '',
    ...table(['method', 'description'], methods.map((method) => [code(signature(method)), cell(method.description)])),
    '',
    '### Events',
    '',
    'Details and error codes: [events.md](events.md).',
    '',
    ...table(['event', 'description'], (element.events ?? []).map((event) => [code(event.name), cell(event.description)])),
    '',
    '### CSS custom properties',
    '',
    ...table(['property', 'description'], (element.cssProperties ?? []).map((property) => [code(property.name), cell(property.description)])),
    '',
    '### CSS parts',
    '',
    ...table(['part', 'description'], (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)])),
    '',
    '### Slots',
    '',
    ...table(['slot', 'description'], (element.slots ?? []).map((slot) => [code(slot.name), cell(slot.description)])),
  ].join('\n');
}
