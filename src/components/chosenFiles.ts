import type { ChangeEvent } from 'react';

/**
 * Reads the files a person chose in an `<input type="file">` and clears the
 * input, so choosing the same file again after fixing it fires again.
 */
export async function readChosenFiles(event: ChangeEvent<HTMLInputElement>): Promise<{ name: string; text: string }[]> {
  const input = event.currentTarget;
  const files = [...(input.files ?? [])];
  input.value = '';
  return Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
}
