export default definePageConfig({ navigationBarTitleText: '家庭成员', enablePullDownRefresh: true });
