import { RegionalBlock } from '@renkei/contract';

/** Display names of the regional blocks (地方ブロック). */
export const REGIONAL_BLOCK_LABELS: Readonly<Record<RegionalBlock, string>> = {
  hokkaido: $localize`:@@block.hokkaido:北海道`,
  tohoku: $localize`:@@block.tohoku:東北`,
  kanto: $localize`:@@block.kanto:関東`,
  chubu: $localize`:@@block.chubu:中部`,
  kinki: $localize`:@@block.kinki:近畿`,
  chugoku: $localize`:@@block.chugoku:中国`,
  shikoku: $localize`:@@block.shikoku:四国`,
  kyushu: $localize`:@@block.kyushu:九州・沖縄`,
};
