import type { Page } from '@playwright/test';
import type { Library } from '../../common/document';

/**
 * Serves the real library with links added at the top of the English document's last section: the bundled
 * content has no links, and link behaviour must still be tested.
 */
export async function serveLibraryWithLinks(page: Page, links: { text: string; href: string }[]): Promise<void> {
  await page.route('**/library.json', async (route) => {
    const response = await route.fetch();
    const library = (await response.json()) as Library;
    library.documents[0]?.versions.en?.sections.at(-1)?.blocks.unshift({
      type: 'paragraph',
      children: links.map(({ text, href }) => ({
        type: 'link' as const,
        href,
        children: [{ type: 'text' as const, value: text }],
      })),
    });
    await route.fulfill({ response, json: library });
  });
}
