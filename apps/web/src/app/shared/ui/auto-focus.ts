import { Directive, ElementRef, afterNextRender, inject } from '@angular/core';

/**
 * Moves focus to the host once it has rendered, so screen-reader and keyboard users start at the
 * page's heading after a navigation (or at a result that replaced a form). Put it on an element
 * with `tabindex="-1"`.
 */
@Directive({ selector: '[rkAutoFocus]' })
export class AutoFocus {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => element.focus({ preventScroll: false }));
  }
}
