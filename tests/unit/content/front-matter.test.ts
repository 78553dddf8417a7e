/** Front matter: how it is cut off the body, read as YAML and checked field by field, each fault on its file line. */
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../main/content/front-matter';
import { splitFrontMatter } from '../../../main/content/split-front-matter';

class Fault extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${line}: ${reason}`);
  }
}

const fail = (line: number, reason: string): never => {
  throw new Fault(line, reason);
};

function faultOf(run: () => unknown): Fault {
  try {
    run();
  } catch (error) {
    if (error instanceof Fault) return error;
    throw error;
  }
  throw new Error('no fault');
}

const FIELDS = ['id: about-us', 'lang: en', 'title: About Us', 'updated: 2025-06-18', 'source: https://www.ontariohealth.ca/about-us'];

/** The front matter of a file made of `lines` between fences, as the loader reads it. */
function read(lines: readonly string[]) {
  const split = splitFrontMatter(['---', ...lines, '---', '', 'Body.', ''].join('\n'), fail);
  return parseFrontMatter(split.yaml, split.fenceLine, fail);
}

describe('splitFrontMatter', () => {
  it('cuts the YAML off the body and gives the body’s first file line', () => {
    expect(splitFrontMatter('---\nid: x\nlang: en\n---\n\n## H\n', fail)).toEqual({
      yaml: 'id: x\nlang: en\n',
      fenceLine: 1,
      body: '\n## H\n',
      bodyLine: 5,
    });
  });

  it('accepts an empty front matter, fences with trailing blanks and a file ending at the closing fence', () => {
    expect(splitFrontMatter('---\n--- \nText', fail)).toMatchObject({ yaml: '', body: 'Text', bodyLine: 3 });
    expect(splitFrontMatter('--- \t\nid: x\n---', fail)).toMatchObject({ yaml: 'id: x\n', body: '', bodyLine: 4 });
  });

  it('takes CRLF and CR line endings and a byte-order mark', () => {
    expect(splitFrontMatter('\ufeff---\r\nid: x\r\n---\r\nText\rmore\r\n', fail)).toEqual({
      yaml: 'id: x\n',
      fenceLine: 1,
      body: 'Text\nmore\n',
      bodyLine: 4,
    });
  });

  it('ends the front matter at the first "---" line', () => {
    expect(splitFrontMatter('---\ntitle: a --- b\n---\n---\n', fail)).toMatchObject({ yaml: 'title: a --- b\n', body: '---\n' });
  });

  it.each([
    ['no front matter', '## Heading\n', /missing front matter/],
    ['text before it', 'Text.\n---\nid: x\n---\n', /missing front matter/],
    ['an indented fence', ' ---\nid: x\n---\n', /missing front matter/],
    ['no closing fence', '---\nid: x\n\nText.\n', /not closed/],
    ['a closing fence with more text', '---\nid: x\n--- more\n', /not closed/],
  ])('reports %s on line 1', (_, source, reason) => {
    const fault = faultOf(() => splitFrontMatter(source, fail));
    expect(fault.line).toBe(1);
    expect(fault.reason).toMatch(reason);
  });
});

describe('parseFrontMatter', () => {
  it('reads the fields and the file line of each', () => {
    expect(read(FIELDS)).toEqual({
      data: { id: 'about-us', lang: 'en', title: 'About Us', updated: '2025-06-18', source: 'https://www.ontariohealth.ca/about-us' },
      lines: { id: 2, lang: 3, title: 4, updated: 5, source: 6 },
    });
  });

  it('reads any YAML form of a field: quoted, commented, after a blank line', () => {
    const { data, lines } = read(['# the page', ...FIELDS.slice(0, 2), '', `title: "Our Goal: Delivering" # why`, ...FIELDS.slice(3)]);
    expect(data.title).toBe('Our Goal: Delivering');
    expect(lines.title).toBe(6);
  });

  it.each(['no', 'yes', 'NaN', 'a #b', 'C# guide', "Ontario's health", 'À propos de nous', 'Mixed 2025-06-18'])(
    'reads title %j as the text YAML 1.2 gives',
    (title) => {
      expect(read([...FIELDS.slice(0, 2), `title: ${title}`, ...FIELDS.slice(3)]).data.title).toBe(title.replace(/ #.*$/, ''));
    },
  );

  it.each([
    ['a YAML syntax error', 'title: Our Goal: Delivering', /invalid YAML/],
    ['a repeated field', 'id: again', /invalid YAML.*unique/i],
    ['an unknown field', 'author: Me', /unknown front matter field "author"/],
    ['a number as the title', 'title: 12', /"title" must be text/],
    ['null as the title', 'title: null', /"title" must be text/],
    ['true as the title', 'title: true', /"title" must be text/],
    ['a date that is not YYYY-MM-DD', 'updated: 18/06/2025', /"updated" must be a date written YYYY-MM-DD/],
    ['a language that is not offered', 'lang: de', /"lang" must be one of en, fr/],
  ])('reports %s on its file line', (_, line, reason) => {
    const name = line.split(':')[0] ?? '';
    const lines = [...FIELDS.filter((field) => !field.startsWith(`${name}:`) || name === 'id'), line];
    const fault = faultOf(() => read(lines));
    expect(fault.reason).toMatch(reason);
    expect(fault.line).toBe(lines.length + 1);
  });

  it('reports a missing field on the opening fence', () => {
    const fault = faultOf(() => read(FIELDS.filter((field) => !field.startsWith('source:'))));
    expect(fault).toMatchObject({ line: 1, reason: 'the front matter is missing the "source" field' });
  });

  it('reports front matter that is not "field: value" lines', () => {
    expect(faultOf(() => read(['- id', '- lang'])).reason).toMatch(/"field: value"/);
  });
});
