// Doctor titles (职称): their Chinese names and the order lists use (chief physicians first).
import type { DoctorTitle } from '../../contract/wire';

export const TITLE_NAMES: Record<DoctorTitle, string> = {
  chief: '主任医师',
  associate_chief: '副主任医师',
  attending: '主治医师',
  resident: '住院医师',
};

export const TITLE_RANK: Record<DoctorTitle, number> = {
  chief: 0,
  associate_chief: 1,
  attending: 2,
  resident: 3,
};
