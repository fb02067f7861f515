import { DATASET_CODE_PATTERN } from '@renkei/contract';
import { ValidationFailedException } from '../common/http/validation.exception';

export interface DatasetHeader {
  code: string;
  nameJa: string;
  nameEn: string;
  sourceNote: string;
}

/**
 * The form fields every dataset import carries (code, names, source note) plus the importer's own
 * `extra` ones; anything else, or anything missing, is a 400 with field messages.
 */
export function readDatasetFields(fields: Record<string, string>, extra: readonly string[] = []): DatasetHeader {
  const errors: Record<string, string[]> = {};
  const text = (name: string, max: number): string => {
    const value = (fields[name] ?? '').trim();
    if (!value || value.length > max) {
      errors[name] = [`${name} is required (at most ${max} characters)`];
    }
    return value;
  };
  const header = {
    code: text('code', 40),
    nameJa: text('nameJa', 200),
    nameEn: text('nameEn', 200),
    sourceNote: text('sourceNote', 2000),
  };
  if (header.code && !DATASET_CODE_PATTERN.test(header.code)) {
    errors['code'] = ['code may use letters, digits, dot, dash and underscore, e.g. 2024'];
  }
  for (const name of Object.keys(fields).filter((field) => !['code', 'nameJa', 'nameEn', 'sourceNote', ...extra].includes(field))) {
    errors[name] = [`property ${name} should not exist`];
  }
  if (Object.keys(errors).length > 0) {
    throw new ValidationFailedException(errors);
  }
  return header;
}
