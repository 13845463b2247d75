import { closeSync, fstatSync, openSync } from 'node:fs';
import { InputError } from '../../core/errors.js';

/** An open regular file: its descriptor and size in bytes. */
export interface InputFile {
  readonly fd: number;
  readonly size: number;
}

/** Opens a data file for reading, turning a missing file, a directory or a permission problem into an InputError. */
export function openInputFile(path: string): InputFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`, [], { cause: error });
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied (expected a readable file)`, [], { cause: error });
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory (expected a CSV or JSON Lines file)`, [], { cause: error });
    throw new InputError(`${path}: cannot be opened (${code ?? 'unknown error'})`, [], { cause: error });
  }
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw new InputError(`${path}: is a directory (expected a CSV or JSON Lines file)`);
  }
  if (!stat.isFile()) {
    closeSync(fd);
    throw new InputError(`${path}: is not a regular file (expected a CSV or JSON Lines file)`);
  }
  return { fd, size: stat.size };
}
