/** A file to upload and its path inside the dataset, e.g. `train/happy/a.jpg`. */
export interface PathedFile {
  file: File;
  path: string;
}

/**
 * Walks what was dropped (files and whole folders) into pathed files. When one folder is dropped,
 * it is the dataset's root, so its own name is left out of the paths.
 */
export async function collectDroppedFiles(items: DataTransferItemList): Promise<PathedFile[]> {
  // Entries must be taken synchronously: the list empties once the drop handler yields.
  const entries: FileSystemEntry[] = [];
  const files: PathedFile[] = [];
  for (const item of Array.from(items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = entry ? null : item.getAsFile();
    // Without the entries API (or for synthetic drops) a plain file still counts, by its name.
    if (entry) entries.push(entry);
    else if (file) files.push({ file, path: file.name });
  }
  const singleRoot = entries.length === 1 && entries[0]?.isDirectory === true;
  for (const entry of entries) await walk(entry, singleRoot ? '' : `${entry.name}`, files, singleRoot);
  return files;
}

/** Files chosen through a folder picker (`webkitdirectory`): paths without the picked folder's name. */
export function filesFromFolderInput(list: FileList): PathedFile[] {
  return Array.from(list).map((file) => {
    const relative = file.webkitRelativePath || file.name;
    const slash = relative.indexOf('/');
    return { file, path: slash >= 0 ? relative.slice(slash + 1) : relative };
  });
}

/** Files chosen one by one: their names are their paths. */
export function filesFromFileInput(list: FileList): PathedFile[] {
  return Array.from(list).map((file) => ({ file, path: file.name }));
}

async function walk(entry: FileSystemEntry, path: string, out: PathedFile[], isRoot = false): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (!entry.name.startsWith('.')) out.push({ file, path });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    // readEntries answers at most ~100 entries per call; keep reading until it answers none.
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, isRoot || !path ? child.name : `${path}/${child.name}`, out);
  }
}
