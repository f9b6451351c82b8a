// Accessibility attributes for Taro components, spelled the way each platform understands them:
// WeChat reads `aria-role` / `aria-label` (Taro props ariaRole / ariaLabel; see config/plugins/weapp-aria.ts,
// which puts them into the templates), browsers read `role` / `aria-label` on Taro's web components.

export interface A11yOptions {
  role?: string;
  label?: string;
  /** Reachable by keyboard on H5 (Taro's web components are not, by default). */
  focusable?: boolean;
  /** A toggle's state (aria-pressed) on H5; on WeChat the label says it. */
  pressed?: boolean;
  /** A checkbox's state (aria-checked) on H5; on WeChat the label says it. */
  checked?: boolean;
  /** A tab's state (aria-selected) on H5; on WeChat the label says it. */
  selected?: boolean;
  /** A disclosure's state (aria-expanded: 预约须知, a department group) on H5; on WeChat the label says it. */
  expanded?: boolean;
  disabled?: boolean;
}

export type A11yProps = Record<string, string>;

export function a11yProps(
  options: A11yOptions,
  platform: string | undefined = process.env.TARO_ENV,
): A11yProps {
  const props: A11yProps = {};
  if (platform === 'h5') {
    if (options.role) props.role = options.role;
    if (options.label) props['aria-label'] = options.label;
    if (options.focusable && !options.disabled) props.tabindex = '0';
    if (options.pressed !== undefined) props['aria-pressed'] = String(options.pressed);
    if (options.checked !== undefined) props['aria-checked'] = String(options.checked);
    if (options.selected !== undefined) props['aria-selected'] = String(options.selected);
    if (options.expanded !== undefined) props['aria-expanded'] = String(options.expanded);
    if (options.disabled) props['aria-disabled'] = 'true';
    return props;
  }
  if (options.role) props.ariaRole = options.role;
  if (options.label) props.ariaLabel = options.label;
  return props;
}

/**
 * How a chip of a choice group is announced: `filter` chips are toggle buttons (aria-pressed), `tabs`
 * switch what the screen below shows (tab with aria-selected, in a tablist). The label ends in 已选 when
 * chosen, since WeChat's screen reader gets no pressed/selected state; the visible tick says it too.
 */
export type ChoiceKind = 'filter' | 'tabs';

export function choiceA11y(kind: ChoiceKind, label: string, selected: boolean): A11yOptions {
  const spoken = selected ? `${label}，已选` : label;
  if (kind === 'tabs') return { role: 'tab', label: spoken, focusable: true, selected };
  return { role: 'button', label: spoken, focusable: true, pressed: selected };
}

/** The container of a choice group: a named group of toggles, or a tablist. */
export function choiceGroupA11y(kind: ChoiceKind, label: string): A11yOptions {
  return { role: kind === 'tabs' ? 'tablist' : 'group', label };
}
