// Runtime half of config/plugins/weapp-aria.cjs: the mini-program runtime must know the same component
// attributes as the templates, or its attribute shortcuts (p0, p1...) would not match theirs.
import { mergeInternalComponents } from '@tarojs/shared';
import ariaComponents from './aria-components.json';

mergeInternalComponents(ariaComponents);
