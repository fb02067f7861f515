import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ImportKind, ImportPreviewResponse } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { localizedApiError } from '../../core/forms/server-messages';
import { FormAlert } from '../ui/form-alert';
import { ImportsService } from './imports.service';
import { ImportField, importFieldValues, importFieldsForm } from './import-fields';

export interface ImportCommitted {
  result: ImportPreviewResponse;
  /** The fields the import was previewed with (e.g. the dataset code). */
  fields: Record<string, string>;
}

let nextId = 0;

/**
 * Upload → preview → commit for any import kind: the caller gives the kind and the fields it needs.
 * The preview lists every row problem (line, column, message) and nothing is imported until the
 * file is clean; the commit is then one click.
 */
@Component({
  selector: 'rk-file-import',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, FormAlert],
  templateUrl: './file-import.html',
  styleUrl: './file-import.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileImport {
  private readonly imports = inject(ImportsService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly kind = input.required<ImportKind>();
  readonly fields = input.required<readonly ImportField[]>();
  /** The columns the file must have, for the hint. */
  readonly columns = input<readonly string[]>([]);
  readonly committed = output<ImportCommitted>();

  protected readonly uid = `file-import-${nextId++}`;
  protected readonly form = computed(() => importFieldsForm(this.fields()));
  protected readonly file = new FormControl<File | null>(null, { validators: [Validators.required] });
  protected readonly preview = signal<ImportPreviewResponse | null>(null);
  private readonly previewFields = signal<Record<string, string>>({});
  protected readonly pending = signal(false);
  /** Why the upload failed (above the upload button) / why the commit failed (below the commit button). */
  protected readonly uploadError = signal<string | null>(null);
  protected readonly commitError = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;
  protected readonly clean = computed(() => this.preview()?.issues.length === 0);
  protected readonly done = computed(() => this.preview()?.status === 'committed');

  protected fileError(): string | null {
    return this.file.touched ? fieldErrorMessage(this.file.errors) : null;
  }

  protected onFile(event: Event): void {
    const chosen = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.setValue(chosen);
    this.file.markAsTouched();
    // A preview belongs to the file it was made from.
    this.preview.set(null);
    this.uploadError.set(null);
  }

  protected upload(): void {
    const form = this.form();
    const file = this.file.value;
    if (this.pending()) {
      return;
    }
    this.uploadError.set(null);
    this.commitError.set(null);
    this.preview.set(null);
    if (form.invalid || !file) {
      form.markAllAsTouched();
      this.file.markAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    const fields = importFieldValues(this.fields(), form.getRawValue());
    this.pending.set(true);
    this.imports.preview(this.kind(), file, fields).subscribe({
      next: (preview) => {
        this.pending.set(false);
        this.preview.set(preview);
        this.previewFields.set(fields);
        this.focusAfterRender('#' + this.uid + '-preview');
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(form, error, { file: this.file });
        this.uploadError.set(outcome.formMessage);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  protected commit(): void {
    const preview = this.preview();
    if (!preview || !this.clean() || this.pending()) {
      return;
    }
    this.commitError.set(null);
    this.pending.set(true);
    this.imports.commit(preview.id).subscribe({
      next: (result) => {
        this.pending.set(false);
        this.preview.set(result);
        this.committed.emit({ result, fields: this.previewFields() });
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.commitError.set(localizedApiError(error));
      },
    });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        focusFirstInvalid(root);
        if (this.form().valid && this.file.invalid) {
          root.querySelector<HTMLElement>('input[type="file"]')?.focus();
        }
      },
      { injector: this.injector },
    );
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
