export default definePageConfig({
  navigationBarTitleText: '一卡通',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
});
