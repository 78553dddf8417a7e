/** What main asks of the system's save dialog, apart from the dialog itself (`desktop/save-dialog.ts`). */

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveDialogRequest {
  title: string;
  /** Only the name: the dialog opens in the reader's documents folder. */
  fileName: string;
  filters: FileFilter[];
}

/** Shows the dialog; the path chosen, or undefined when the reader closed it without choosing. */
export type ChooseSavePath = (request: SaveDialogRequest) => Promise<string | undefined>;
