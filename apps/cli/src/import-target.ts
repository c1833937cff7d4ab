import { FORMAT_MODALITY, IMPORT_FORMATS, type ImportFormat, type Modality } from '@emolab/core/domain';
import { CliError } from './cli-error.js';

/** The format and modality of a dataset folder from `--format` and `--modality`. */
export function importTarget(options: { format: string; modality?: string; labeledOnly?: boolean }): {
  format: ImportFormat;
  modality: Modality;
} {
  const formats = options.labeledOnly ? IMPORT_FORMATS.filter((f) => f !== 'unlabeled') : IMPORT_FORMATS;
  if (!formats.includes(options.format as ImportFormat))
    throw new CliError(`--format must be one of: ${formats.join(', ')}`);
  const format = options.format as ImportFormat;
  const fixed = FORMAT_MODALITY[format];
  const flag = options.modality?.toUpperCase();
  if (flag && flag !== 'IMAGE' && flag !== 'AUDIO') throw new CliError('--modality must be image or audio');
  if (fixed && flag && flag !== fixed)
    throw new CliError(`--format ${format} holds ${fixed.toLowerCase()} files, not ${flag.toLowerCase()}`);
  const modality = fixed ?? (flag as Modality | undefined);
  if (!modality) throw new CliError(`--format ${format} needs --modality image or --modality audio`);
  return { format, modality };
}
