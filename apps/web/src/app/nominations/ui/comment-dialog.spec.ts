import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { CommentDialog, CommentDialogData } from './comment-dialog';

describe('CommentDialog', () => {
  async function render() {
    const close = jest.fn();
    const data: CommentDialogData = { title: '差し戻しますか？', message: 'm', commentLabel: 'コメント（必須）', confirmLabel: '差し戻す' };
    TestBed.configureTestingModule({
      imports: [CommentDialog],
      providers: [...provideTestEnvironment(), { provide: MAT_DIALOG_DATA, useValue: data }, { provide: MatDialogRef, useValue: { close } }],
    });
    const fixture = TestBed.createComponent(CommentDialog);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, close, textarea: element.querySelector<HTMLInputElement>('textarea') };
  }

  it('requires a comment, then closes with it trimmed', async () => {
    const { fixture, close, textarea } = await render();

    await submit(fixture);
    expect(fieldMessage(textarea)).toBe('入力してください。');
    expect(close).not.toHaveBeenCalled();

    typeInto(textarea, '  指導医数を確認してください。 ');
    await submit(fixture);
    expect(close).toHaveBeenCalledWith('指導医数を確認してください。');
  });
});
