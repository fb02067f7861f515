import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * Marks a physician-scarce area (医師少数区域) with an icon and text, never colour alone.
 * For other areas it renders an accessible "not designated".
 */
@Component({
  selector: 'rk-scarce-area-marker',
  templateUrl: './scarce-area-marker.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScarceAreaMarker {
  readonly scarce = input.required<boolean>();
}
