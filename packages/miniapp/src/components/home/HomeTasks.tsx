import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { a11yProps } from '../../lib/a11y';
import { billsUrl, cardCodeUrl, ROUTES } from '../../services/routes';
import './home-tasks.scss';

// Elder mode's home: the four things residents come for, as big tiles with a symbol and words. Ids match
// the standard home's entries where the target is the same (home-earliest, home-bills).
const TASKS = [
  {
    id: 'home-show-card',
    symbol: '▣',
    title: '出示健康卡',
    hint: '就诊时给医院扫码',
    go: () => nav(cardCodeUrl()),
  },
  {
    id: 'home-earliest',
    symbol: '＋',
    title: '预约挂号',
    hint: '找最早能看的号',
    go: () => nav(ROUTES.bookingEarliest),
  },
  { id: 'home-bills', symbol: '¥', title: '门诊缴费', hint: '看病的费用', go: () => nav(billsUrl()) },
  { id: 'home-reports', symbol: '≡', title: '查报告', hint: '化验和检查结果', go: () => tab(ROUTES.reports) },
] as const;

function nav(url: string) {
  void Taro.navigateTo({ url });
}

function tab(url: string) {
  void Taro.switchTab({ url });
}

export function HomeTasks() {
  return (
    <View id="home-tasks" className="home-tasks" {...a11yProps({ role: 'group', label: '常用服务' })}>
      {TASKS.map((task) => (
        <View
          key={task.id}
          id={task.id}
          className="home-tasks__tile"
          onClick={task.go}
          {...a11yProps({ role: 'link', label: `${task.title}，${task.hint}`, focusable: true })}
        >
          {/* The symbol is decoration; the words carry the meaning. */}
          <Text className="home-tasks__symbol" {...a11yProps({ role: 'presentation' })}>
            {task.symbol}
          </Text>
          <Text className="home-tasks__title">{task.title}</Text>
          <Text className="home-tasks__hint">{task.hint}</Text>
        </View>
      ))}
    </View>
  );
}
