export default definePageConfig({
  navigationBarTitleText: '报告',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
});
