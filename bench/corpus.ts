/**
 * Generated content for the loader benchmark: `count` documents, each in English and French (two files of about
 * 10 KB), written like the real content: YAML front matter, shared `{#anchor}` sections, h2 and h3 headings,
 * paragraphs with emphasis, strong text and links, bulleted and numbered lists. Seeded, so every run loads the
 * same corpus.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TARGET_BYTES = 9_500;

const WORDS = {
  en: 'health care system patients partners providers agency province services quality access equity community hospital program planning regional coordination digital tools innovation reporting performance outcomes value experience wellbeing population research standards safety support people families clinical mental addictions cancer renal cardiac palliative donation transplantation emergency management resources workforce data privacy information guidance evidence improvement collaboration Indigenous Francophone Black communities across every region of Ontario'.split(
    ' ',
  ),
  fr: 'santé soins système patients partenaires fournisseurs organisme province services qualité accès équité collectivité hôpital programme planification coordination régionale outils numériques innovation rapports rendement résultats valeur expérience mieux-être population recherche normes sécurité soutien personnes familles clinique mentale dépendances cancer rénal cardiaque palliatifs don transplantation urgence gestion ressources main-d’œuvre données confidentialité information orientation données probantes amélioration collaboration autochtones francophones noires communautés dans chaque région de l’Ontario'.split(
    ' ',
  ),
} as const;

const TITLES = {
  en: [
    'Our purpose',
    'Our goals',
    'How we work',
    'Programs',
    'Partnerships',
    'Reporting',
    'Planning',
    'Resources',
    'Contact',
  ],
  fr: [
    'Notre raison d’être',
    'Nos objectifs',
    'Notre façon de travailler',
    'Programmes',
    'Partenariats',
    'Rapports',
    'Planification',
    'Ressources',
    'Nous joindre',
  ],
} as const;

type Language = keyof typeof WORDS;

/** Mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writer(language: Language, seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS[language])).join(' ');
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const link = () =>
    `[${words(2 + Math.floor(next() * 3))}](https://www.example.ca/${language}/${words(2)
      .replace(/[^a-z]+/gi, '-')
      .toLowerCase()})`;
  const sentence = () => {
    const parts = [capitalised(words(4 + Math.floor(next() * 6)))];
    const roll = next();
    if (roll < 0.2) parts.push(`*${words(2)}*`);
    else if (roll < 0.3) parts.push(`**${words(2)}**`);
    else if (roll < 0.4) parts.push(link());
    parts.push(words(3 + Math.floor(next() * 8)));
    return `${parts.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');
  const list = () => {
    const ordered = next() < 0.3;
    return Array.from(
      { length: 3 + Math.floor(next() * 4) },
      (_, index) => `${ordered ? `${index + 1}.` : '-'} ${words(3 + Math.floor(next() * 6))}`,
    ).join('\n');
  };
  return { next, pick, words, paragraph, list };
}

/** One language version of document `index`: the same sections (anchors) in both languages. */
export function generateDocument(index: number, language: Language): string {
  const id = `document-${index}`;
  const text = writer(language, index * 2 + (language === 'en' ? 0 : 1));
  const structure = random(index + 1_000_003);
  const month = String(1 + (index % 12)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  const parts = [
    '---',
    `id: ${id}`,
    `lang: ${language}`,
    `title: ${language === 'en' ? 'Document' : 'Document no'} ${index} — ${text.words(3)}`,
    `updated: 2025-${month}-${day}`,
    `source: https://www.example.ca/${language}/${id}`,
    '---',
    '',
    text.paragraph(),
  ];
  let size = parts.join('\n').length;
  for (let section = 0; size < TARGET_BYTES; section++) {
    const title = TITLES[language][section % TITLES[language].length] ?? 'Section';
    const block = [`## ${title} ${section + 1} {#section-${section + 1}}`, text.paragraph(), text.paragraph()];
    if (structure() < 0.6) block.push(text.list());
    if (structure() < 0.5)
      block.push(`### ${language === 'en' ? 'Details' : 'Précisions'} ${section + 1}`, text.paragraph());
    block.push(text.paragraph());
    const blockText = block.join('\n\n');
    parts.push('', blockText);
    size += blockText.length + 2;
  }
  return `${parts.join('\n')}\n`;
}

/** Writes `count` documents (2 × count files) into `dir`; returns the bytes written. */
export async function writeCorpus(dir: string, count: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let index = 1; index <= count; index++) {
    for (const language of ['en', 'fr'] as const) {
      const source = generateDocument(index, language);
      bytes += Buffer.byteLength(source);
      await writeFile(join(dir, `document-${String(index).padStart(4, '0')}.${language}.md`), source);
    }
  }
  return bytes;
}
