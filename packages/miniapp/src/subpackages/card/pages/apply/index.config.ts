export default definePageConfig({ navigationBarTitleText: '申领电子健康卡' });
