import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideTestEnvironment } from '../testing/test-providers';
import { AnalyticsPage } from './analytics-page';

@Component({ selector: 'rk-empty-view', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyView {}

describe('AnalyticsPage', () => {
  it('links the three views, keeping the year, prefecture, specialty and block', async () => {
    TestBed.configureTestingModule({
      providers: [
        ...provideTestEnvironment(),
        provideRouter([{ path: 'analytics', component: AnalyticsPage, children: [{ path: '**', component: EmptyView }] }]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/analytics/funnel?year=2026&specialty=pediatrics&outcome=complete&block=kinki');
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;

    const tabs = [...element.querySelectorAll('a[mat-tab-link]')].map((link) => [link.textContent?.trim(), link.getAttribute('href')]);
    expect(tabs).toEqual([
      ['ファネル', '/analytics/funnel?year=2026&specialty=pediatrics&block=kinki'],
      ['受入枠と需要', '/analytics/capacity-demand?year=2026&specialty=pediatrics&block=kinki'],
      ['集中度', '/analytics/concentration?year=2026&specialty=pediatrics&block=kinki'],
    ]);
    expect(element.querySelector('a[role="tab"][aria-selected="true"]')?.textContent?.trim()).toBe('ファネル');
    expect(element.querySelector('h1')?.textContent).toBe('分析');
  });
});
