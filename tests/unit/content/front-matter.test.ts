import { describe, expect, it } from 'vitest';
import { readSimpleFields, readYamlFields } from '../../../main/content/front-matter';

const fail = (line: number, reason: string): never => {
  throw new Error(`${line}: ${reason}`);
};

const BASE = ['id: about-us', 'lang: en', 'updated: 2025-06-18', 'source: https://www.ontariohealth.ca/about-us'];

/** Titles YAML reads in every way: plain strings, look-alikes of other types, syntax in the middle. */
const TITLES = [
  'About Us', 'À propos de nous', 'Our Goal: Delivering', 'C# guide', "Ontario's health", 'a [b] {c}', 'é',
  '12 things', '~', 'a, b', 'a - b', 'a:b', 'a !b', 'a *b', 'a &b', 'a |b', `a 'b' "c"`, 'x%', 'no', 'yes',
  'NaN', 'Infinity', 'inf', 'nan', 'a\u00a0b', 'Null', 'nULL', 'null', 'TRUE', 'True', 'false', 'Title:',
  'Title ', 'a #b', 'a\tb', '"quoted"', "'single'", '[list]', '{map}', '- dash', '? q', '| pipe', '> fold',
  '&anchor', '*alias', '!tag', '%directive', '@at', '`tick`', 'Mixed 2025-06-18', 'b\u200bz', 'z\u2028z',
  'Title\u00a0', 'x: y', 'x:y z',
];

describe('front matter without the YAML library', () => {
  it('reads the bundled form of front matter', () => {
    const simple = readSimpleFields(['title: About Us', ...BASE].join('\n'), 1);
    expect(simple?.values).toEqual({
      title: 'About Us',
      id: 'about-us',
      lang: 'en',
      updated: '2025-06-18',
      source: 'https://www.ontariohealth.ca/about-us',
    });
    expect(simple?.lines).toEqual({ title: 2, id: 3, lang: 4, updated: 5, source: 6 });
  });

  it.each(TITLES)('reads title %j as YAML does, or leaves it to YAML', (title) => {
    const yamlText = [...BASE, `title: ${title}`].join('\n');
    const simple = readSimpleFields(yamlText, 1);
    if (simple === undefined) return;
    expect(simple).toEqual(readYamlFields(yamlText, 1, fail));
  });

  it.each([
    ['a repeated field', [...BASE, 'title: A', 'title: B']],
    ['an unknown field', [...BASE, 'title: A', 'author: Me']],
    ['a comment', ['# comment', ...BASE, 'title: A']],
    ['a blank line', [...BASE, '', 'title: A']],
    ['an indented line', [...BASE, '  title: A']],
    ['a quoted value', [...BASE, 'title: "A"']],
    ['a number', [...BASE, 'title: 12']],
  ])('leaves %s to YAML', (_, lines) => {
    expect(readSimpleFields(lines.join('\n'), 1)).toBeUndefined();
  });
});
