/**
 * What package.json and the README say about the kinds of finding, made from src/core/kinds.ts.
 * Pure: text in, text out. `npm run sync-kinds` (scripts/sync-package-kinds.ts) writes the results;
 * test/unit/kinds.test.ts fails when the files differ from them.
 */
import { FINDING_KINDS, KINDS } from '../src/core/kinds';
import type { Severity } from '../src/core/types';

export const SEVERITY_SETTING = 'devonFactCheck.severity';

/** The values a severity setting takes, each with what it looks like in the editor. */
const SETTING_VALUES: readonly [string, string][] = [
  ['error', 'Show as an error (red squiggle)'],
  ['warning', 'Show as a warning (yellow squiggle)'],
  ['information', 'Show as information (blue squiggle)'],
  ['hint', 'Show as a hint (faint dots)'],
  ['off', 'Do not show this kind at all'],
];

const SHOWN_AS: Record<Severity, string> = {
  error: 'an error (red squiggle)',
  warning: 'a warning (yellow squiggle)',
  info: 'information (blue squiggle)',
  hint: 'a hint (faint dots)',
};

const SEVERITY_WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'information', hint: 'hint' };

/** `contributes.configuration.properties["devonFactCheck.severity"].properties`: one entry per kind. */
export function severityProperties(): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const k of FINDING_KINDS) {
    const { description, defaultSeverity } = KINDS[k];
    props[k] = {
      type: 'string',
      enum: SETTING_VALUES.map(([v]) => v),
      enumDescriptions: SETTING_VALUES.map(([, d]) => d),
      description: `${description} Shown as ${SHOWN_AS[defaultSeverity]} unless you choose otherwise.`,
    };
  }
  return props;
}

/** The labels of the kinds whose default is `sev`, as "A, B and C". */
function labelsAt(sev: Severity): string {
  const labels = FINDING_KINDS.filter((k) => KINDS[k].defaultSeverity === sev).map((k) => KINDS[k].label.toLowerCase());
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** The setting's own description: the usual look of each kind named, the most common one as "every other kind". */
export function severityDescription(): string {
  const used = (['error', 'warning', 'info', 'hint'] as const).filter((s) => FINDING_KINDS.some((k) => KINDS[k].defaultSeverity === s));
  const count = (s: Severity) => FINDING_KINDS.filter((k) => KINDS[k].defaultSeverity === s).length;
  const most = used.reduce((m, s) => (count(s) > count(m) ? s : m));
  const parts = used.filter((s) => s !== most).map((s) => `${labelsAt(s)}: ${SEVERITY_WORD[s]}`);
  parts.push(`${parts.length ? 'every other kind' : 'every kind'}: ${SEVERITY_WORD[most]}`);
  return (
    'Choose how each kind of problem is shown in your draft (`error`, `warning`, `information` or `hint`), or `off` to hide it. ' +
    `A kind you leave out keeps its usual look (${parts.join('; ')}). ` +
    'Example: `{ "outdated": "information", "number": "off" }`.'
  );
}

/** package.json's text with the severity setting made from kinds.ts (everything else kept as it is). */
export function syncPackageJson(text: string): string {
  const pkg = JSON.parse(text);
  const setting = pkg?.contributes?.configuration?.properties?.[SEVERITY_SETTING];
  if (!setting || typeof setting !== 'object') throw new Error(`package.json has no contributes.configuration.properties["${SEVERITY_SETTING}"]`);
  setting.properties = severityProperties();
  setting.markdownDescription = severityDescription();
  return JSON.stringify(pkg, null, 2) + '\n';
}

export const README_BEGIN = '<!-- kinds: made from src/core/kinds.ts by `npm run sync-kinds`; edit there, not here -->';
export const README_END = '<!-- /kinds -->';

/** The README's table of kinds. */
export function readmeKindsTable(): string {
  const rows = FINDING_KINDS.map((k) => `| \`${k}\` | ${KINDS[k].label} | ${SEVERITY_WORD[KINDS[k].defaultSeverity]} | ${KINDS[k].description} |`);
  return ['| Kind | Shown as | Usually | What it means |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README's text with the table between the markers made from kinds.ts. */
export function syncReadme(text: string): string {
  const a = text.indexOf(README_BEGIN);
  const b = text.indexOf(README_END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${README_BEGIN} … ${README_END} block`);
  return text.slice(0, a + README_BEGIN.length) + '\n' + readmeKindsTable() + '\n' + text.slice(b);
}
