// Taro's design width is 750 (config/index.ts): sizes in the stylesheets are design px, turned into rpx on
// WeChat and rem on H5. A 375-pt-wide phone shows 750 design px, so 2 design px = 1 pt (1 CSS px on H5
// at 375 wide, the reference width). This is the mapping used for every size rule (18 pt text, 60 pt taps).

export const DESIGN_WIDTH = 750;
export const REFERENCE_WIDTH_PT = 375;

export function designPxToPt(designPx: number): number {
  return (designPx * REFERENCE_WIDTH_PT) / DESIGN_WIDTH;
}

export function ptToDesignPx(pt: number): number {
  return (pt * DESIGN_WIDTH) / REFERENCE_WIDTH_PT;
}
