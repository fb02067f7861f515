import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'rk-site-footer',
  templateUrl: './site-footer.html',
  styleUrl: './site-footer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteFooter {}
