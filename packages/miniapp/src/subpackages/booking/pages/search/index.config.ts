export default definePageConfig({
  navigationBarTitleText: '找医生',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
});
