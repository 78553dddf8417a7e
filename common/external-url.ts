/**
 * Which addresses may leave the reader: https only, to a real host name. `javascript:`, `file:`, `data:`,
 * plain `http:` and addresses with credentials (`https://trusted@evil`) are refused.
 */
export function isAllowedExternalUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
}
