import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

interface AudienceCard {
  id: string;
  audience: string;
  summary: string;
}

/** What the platform is for, per audience, and the one feature available today. */
@Component({
  selector: 'rk-home-page',
  imports: [MatButtonModule, RouterLink],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  protected readonly audiences: readonly AudienceCard[] = [
    {
      id: 'residents',
      audience: $localize`:@@home.audience.residents:専攻医・臨床研修医`,
      summary: $localize`:@@home.audience.residentsSummary:連携先施設の研修内容、受入可能数、住まいや当直体制などを、アカウントなしで比較できるようにします。`,
    },
    {
      id: 'prefectures',
      audience: $localize`:@@home.audience.prefectures:都道府県`,
      summary: $localize`:@@home.audience.prefecturesSummary:受け入れる意向のある施設を確認し、理由を添えて連携先の候補施設を推薦します。`,
    },
    {
      id: 'societies',
      audience: $localize`:@@home.audience.societies:基本領域学会`,
      summary: $localize`:@@home.audience.societiesSummary:自領域の候補施設の研修環境を確認し、確定または差し戻しをします。`,
    },
    {
      id: 'base-facilities',
      audience: $localize`:@@home.audience.baseFacilities:基幹施設`,
      summary: $localize`:@@home.audience.baseFacilitiesSummary:確定した連携先施設を探し、連携プログラムを登録して、採用した専攻医数を報告します。`,
    },
  ];

  protected readonly steps: readonly string[] = [
    $localize`:@@home.step.jmsb:日本専門医機構が募集年度の推薦を開始`,
    $localize`:@@home.step.prefecture:都道府県が連携先の候補施設を推薦`,
    $localize`:@@home.step.society:基本領域学会が候補を確認`,
    $localize`:@@home.step.base:基幹施設が連携プログラムを登録`,
  ];
}
