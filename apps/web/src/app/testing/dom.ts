import { ComponentFixture } from '@angular/core/testing';

/** Types into an input the way a person does (value + input event). */
export function typeInto(input: HTMLInputElement | null, value: string): void {
  if (!input) {
    throw new Error('No input to type into');
  }
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

/** Submits the first form of a fixture and lets the view settle. */
export async function submit(fixture: ComponentFixture<unknown>, root: HTMLElement = fixture.nativeElement as HTMLElement): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) {
    throw new Error('No submit button');
  }
  button.click();
  await fixture.whenStable();
}

/** The message shown under the form field that contains the input. */
export function fieldMessage(input: Element | null): string | undefined {
  return input?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
}
