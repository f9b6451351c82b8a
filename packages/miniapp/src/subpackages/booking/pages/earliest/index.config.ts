export default definePageConfig({ navigationBarTitleText: '最早可约', enablePullDownRefresh: true });
