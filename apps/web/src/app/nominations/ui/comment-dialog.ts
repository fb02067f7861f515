import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { fieldErrorMessage } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';

export interface CommentDialogData {
  title: string;
  message: string;
  commentLabel: string;
  confirmLabel: string;
}

/** Asks for a comment (required) before returning something; closes with the trimmed comment. */
@Component({
  selector: 'rk-comment-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p class="comment-dialog__message">{{ data.message }}</p>
        <mat-form-field appearance="outline" class="rk-full-width">
          <mat-label>{{ data.commentLabel }}</mat-label>
          <textarea matInput formControlName="comment" rows="4" maxlength="2000" required data-testid="comment"></textarea>
          <mat-error>{{ errorOf(comment.errors) }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined" i18n="@@common.cancel">キャンセル</button>
        <button mat-flat-button type="submit" class="rk-danger-button" data-testid="confirm">{{ data.confirmLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .comment-dialog__message {
      margin: 0 0 16px;
      line-height: 1.7;
    }
    mat-dialog-content {
      min-width: min(480px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentDialog {
  protected readonly data = inject<CommentDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CommentDialog, string>>(MatDialogRef);
  protected readonly comment = new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(2000)] });
  protected readonly form = new FormGroup({ comment: this.comment });
  protected readonly errorOf = fieldErrorMessage;

  protected confirm(): void {
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    this.dialogRef.close(this.comment.value.trim());
  }
}
