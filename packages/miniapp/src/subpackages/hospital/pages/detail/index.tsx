import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { Department } from '@yika/sdk';
import { EmptyState } from '../../../../components/EmptyState';
import { Page } from '../../../../components/Page';
import { RemoteView } from '../../../../components/RemoteView';
import { DepartmentTree } from '../../components/DepartmentTree';
import { HospitalInfo } from '../../components/HospitalInfo';
import { bookingDepartmentUrl } from '../../../../services/routes';
import { useHospitalDetail } from '../../useHospitalDetail';
import './index.scss';

export default function HospitalDetailPage() {
  const { params } = useRouter();
  const detail = useHospitalDetail(params.id);
  const name = detail.data?.hospital.name;

  useEffect(() => {
    if (name) void Taro.setNavigationBarTitle({ title: name });
  }, [name]);

  const openDepartment = (department: Department) =>
    void Taro.navigateTo({
      url: bookingDepartmentUrl({
        departmentId: department.id,
        hospitalId: department.hospitalId,
        departmentName: department.name,
        hospitalName: name,
      }),
    });

  return (
    <Page id="hospital-detail-page">
      <RemoteView data={detail} loadingLabel="正在加载医院信息…" errorTitle="医院信息加载失败">
        {(data) => (
          <View>
            <HospitalInfo hospital={data.hospital} />
            <View className="yika-card">
              <Text className="hospital-detail__heading">科室（{data.departments.length}）</Text>
              {data.departments.length > 0 ? (
                <DepartmentTree departments={data.departments} onOpenDepartment={openDepartment} />
              ) : (
                <EmptyState title="暂无科室信息" hint="医院还没有公布科室，请稍后再来看看" />
              )}
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
