/**
 * Saves text as a file through a Blob URL and a link with `download`. The reader's CSP does not restrict
 * this: a download is neither a script, a style, a fetch nor a frame, so no directive needs loosening.
 */
/** `container` must not be inert: inside an open modal dialog, pass an element of the dialog. */
export function downloadText(
  fileName: string,
  text: string,
  type: string,
  container: HTMLElement = document.body,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the next task; revoking at once can cancel it in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
