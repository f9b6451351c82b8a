export default definePageConfig({ navigationBarTitleText: '关联社保卡' });
