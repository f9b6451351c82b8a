import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Department } from '@yika/sdk';
import { a11yProps } from '../../../lib/a11y';

/** Top-level departments; each opens to show its sub-departments. The state is in words, not only an arrow. */
export function DepartmentTree({ departments }: { departments: Department[] }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <View id="department-tree" className="department-tree">
      {departments.map((department) => {
        const isOpen = open.has(department.id);
        const hasChildren = department.children.length > 0;
        return (
          <View key={department.id} className="department-tree__group">
            <View
              className="department-tree__item department-row"
              onClick={hasChildren ? () => toggle(department.id) : undefined}
              {...a11yProps({
                role: hasChildren ? 'button' : undefined,
                label: hasChildren
                  ? `${department.name}，${department.children.length} 个科室，${isOpen ? '已展开' : '已收起'}`
                  : department.name,
                focusable: hasChildren,
              })}
            >
              <View className="department-tree__text">
                <Text className="department-tree__name">{department.name}</Text>
                {department.location ? (
                  <Text className="department-tree__location">{department.location}</Text>
                ) : null}
              </View>
              {hasChildren ? (
                <Text className="department-tree__toggle">
                  {department.children.length} 个科室 {isOpen ? '收起 ▲' : '展开 ▼'}
                </Text>
              ) : null}
            </View>
            {isOpen ? (
              <View className="department-tree__children">
                {department.children.map((child) => (
                  <View key={child.id} className="department-tree__child department-row">
                    <Text className="department-tree__name">{child.name}</Text>
                    {child.location ? (
                      <Text className="department-tree__location">{child.location}</Text>
                    ) : null}
                  </View>
                ))}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
