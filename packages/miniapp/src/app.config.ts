// Tab pages live in the main package; flows in subpackages keep it small (WeChat: 2 MB per package).
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/appointments/index', 'pages/reports/index', 'pages/me/index'],
  subPackages: [
    { root: 'subpackages/hospital', pages: ['pages/detail/index'] },
    { root: 'subpackages/account', pages: ['pages/sign-in/index'] },
    {
      root: 'subpackages/card',
      pages: ['pages/apply/index', 'pages/code/index', 'pages/family/index', 'pages/social-security/index'],
    },
    {
      root: 'subpackages/booking',
      pages: [
        'pages/department/index',
        'pages/doctor/index',
        'pages/slots/index',
        'pages/earliest/index',
        'pages/search/index',
        'pages/confirm/index',
        'pages/success/index',
        'pages/appointment/index',
        'pages/events/index',
      ],
    },
    {
      root: 'subpackages/pay',
      pages: [
        'pages/bills/index',
        'pages/bill/index',
        'pages/checkout/index',
        'pages/result/index',
        'pages/records/index',
        'pages/record/index',
      ],
    },
    { root: 'subpackages/report', pages: ['pages/detail/index', 'pages/trend/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '一卡通',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7',
  },
  // Icons: drawn by scripts/tab-icons.mjs; the selected one is filled, so the tab shows by shape too.
  tabBar: {
    color: '#4d4d4d',
    selectedColor: '#0b6e4f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/appointments/index',
        text: '预约',
        iconPath: 'assets/tabbar/appointments.png',
        selectedIconPath: 'assets/tabbar/appointments-active.png',
      },
      {
        pagePath: 'pages/reports/index',
        text: '报告',
        iconPath: 'assets/tabbar/reports.png',
        selectedIconPath: 'assets/tabbar/reports-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
});
