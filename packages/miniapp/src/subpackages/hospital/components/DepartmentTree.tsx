import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { Department } from '@yika/sdk';
import { a11yProps } from '../../../lib/a11y';

/** A department one can book in (a leaf): opens its schedules, with a visible "挂号 ›". */
function LeafDepartment({
  department,
  className,
  onOpen,
}: {
  department: Department;
  className: string;
  onOpen: (department: Department) => void;
}) {
  return (
    <View
      className={`${className} department-row department-row--leaf`}
      onClick={() => onOpen(department)}
      {...a11yProps({ role: 'link', label: `${department.name}，查看排班挂号`, focusable: true })}
    >
      <View className="department-tree__text">
        <Text className="department-tree__name">{department.name}</Text>
        {department.location ? (
          <Text className="department-tree__location">{department.location}</Text>
        ) : null}
      </View>
      <Text className="department-tree__toggle">挂号 ›</Text>
    </View>
  );
}

/**
 * Top-level departments; each opens to show its sub-departments. The state is in words, not only an
 * arrow. Leaf departments open their schedules (`onOpenDepartment`).
 */
export function DepartmentTree({
  departments,
  onOpenDepartment,
}: {
  departments: Department[];
  onOpenDepartment: (department: Department) => void;
}) {
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
        if (department.children.length === 0) {
          return (
            <View key={department.id} className="department-tree__group">
              <LeafDepartment
                department={department}
                className="department-tree__item"
                onOpen={onOpenDepartment}
              />
            </View>
          );
        }
        return (
          <View key={department.id} className="department-tree__group">
            <View
              className="department-tree__item department-row"
              onClick={() => toggle(department.id)}
              {...a11yProps({
                role: 'button',
                label: `${department.name}，${department.children.length} 个科室，${isOpen ? '已展开' : '已收起'}`,
                focusable: true,
                expanded: isOpen,
              })}
            >
              <View className="department-tree__text">
                <Text className="department-tree__name">{department.name}</Text>
                {department.location ? (
                  <Text className="department-tree__location">{department.location}</Text>
                ) : null}
              </View>
              <Text className="department-tree__toggle">
                {department.children.length} 个科室 {isOpen ? '收起 ▲' : '展开 ▼'}
              </Text>
            </View>
            {isOpen ? (
              <View className="department-tree__children">
                {department.children.map((child) => (
                  <LeafDepartment
                    key={child.id}
                    department={child}
                    className="department-tree__child"
                    onOpen={onOpenDepartment}
                  />
                ))}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
