/**
 * The YAML front matter of a content file, parsed by the `yaml` package and validated field by field so each
 * fault names its field and line.
 */
import * as v from 'valibot';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { LANGUAGES, type Language } from '../../common/languages';
import { ANCHOR_PATTERN } from './anchors';
import type { Fail } from './content-file-error';

export interface FrontMatter {
  id: string;
  lang: Language;
  title: string;
  updated: string;
  source: string;
}

type Field = keyof FrontMatter;

const FIELDS: readonly Field[] = ['id', 'lang', 'title', 'updated', 'source'];

function isField(key: string): key is Field {
  return (FIELDS as readonly string[]).includes(key);
}

/** A real calendar day: valibot's isoDate accepts 2025-02-31. */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isWebAddress(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && /^https?:$/.test(url.protocol);
}

const TEXT = 'must be text';

const FIELD_SCHEMAS = {
  id: v.pipe(
    v.string(TEXT),
    v.regex(ANCHOR_PATTERN, 'must be lowercase letters and digits joined by hyphens, e.g. "about-us"'),
  ),
  lang: v.picklist(LANGUAGES, `must be one of ${LANGUAGES.join(', ')}`),
  title: v.pipe(v.string(TEXT), v.trim(), v.minLength(1, 'must not be empty')),
  updated: v.pipe(
    v.string('must be a date written YYYY-MM-DD'),
    v.isoDate('must be a date written YYYY-MM-DD'),
    v.check(isCalendarDate, 'is not a day of the calendar'),
  ),
  source: v.pipe(
    v.string(TEXT),
    v.url('must be an absolute web address'),
    v.check(isWebAddress, 'must be an http or https address'),
  ),
} satisfies Record<Field, v.GenericSchema<unknown, unknown>>;

export interface ParsedFrontMatter {
  data: FrontMatter;
  /** The file line of each field, to locate later faults such as a duplicate id. */
  lines: Record<Field, number>;
}

/**
 * @param yamlText the text between the `---` fences
 * @param fenceLine the file line of the opening `---`, so YAML line n is file line fenceLine + n
 */
export function parseFrontMatter(yamlText: string, fenceLine: number, fail: Fail): ParsedFrontMatter {
  const { values, lines } = readYamlFields(yamlText, fenceLine, fail);
  const data: Partial<Record<Field, unknown>> = {};
  for (const field of FIELDS) {
    const line = lines[field];
    if (line === undefined) fail(fenceLine, `the front matter is missing the "${field}" field`);
    const result = v.safeParse(FIELD_SCHEMAS[field], values[field], { abortPipeEarly: true });
    if (!result.success) fail(line, `front matter field "${field}" ${result.issues[0].message}`);
    data[field] = result.output;
  }
  return { data: data as FrontMatter, lines: lines as Record<Field, number> };
}

/** Raw field values and the file line of each field, before validation; YAML errors located on file lines. */
function readYamlFields(
  yamlText: string,
  fenceLine: number,
  fail: Fail,
): { values: Partial<Record<Field, unknown>>; lines: Partial<Record<Field, number>> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => fenceLine + lineCounter.linePos(offset).line;

  const [syntaxError] = doc.errors;
  if (syntaxError) fail(fileLine(syntaxError.pos[0]), `invalid YAML in the front matter: ${syntaxError.message}`);

  const lines: Partial<Record<Field, number>> = {};
  if (doc.contents !== null && !isMap(doc.contents)) fail(fenceLine, 'the front matter must be "field: value" lines');
  for (const pair of doc.contents?.items ?? []) {
    const key = isScalar(pair.key) ? pair.key : undefined;
    const line = key?.range ? fileLine(key.range[0]) : fenceLine;
    const name = String(key?.value);
    if (!isField(name)) fail(line, `unknown front matter field "${name}" (expected ${FIELDS.join(', ')})`);
    lines[name] = line;
  }
  return { values: (doc.toJS() ?? {}) as Partial<Record<Field, unknown>>, lines };
}
