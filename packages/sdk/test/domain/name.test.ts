import { validateName } from '../../src/domain/name';

describe('validateName', () => {
  it.each([
    ['李四', '01'],
    ['欧阳娜娜', '01'],
    ['买买提·艾力', '01'], // a minority name joined with a middle dot
    ['阿卜杜热依木·买买提明', '01'],
    ['𠮷野家', '01'], // a supplementary-plane character
    ['一二三四五六七八九十一二三四五', '01'], // 15 characters
    ['李四', '03'], // Chinese names are fine on any document
    ['John Smith', '03'],
    ['Jo', '03'],
    ['MARIA DEL CARMEN GARCIA', '06'],
    ['A'.repeat(40), '99'],
  ] as const)('accepts %j for ID type %s', (name, idType) => {
    expect(validateName(name, idType)).toEqual({ ok: true });
  });

  it.each([
    ['', '01'],
    ['李', '01'], // one character
    ['一二三四五六七八九十一二三四五六', '01'], // 16 characters
    ['John Smith', '01'], // Latin names only on foreign documents
    ['李四1', '01'],
    ['李 四', '01'],
    [' 李四', '01'], // not trimmed: the form trims
    ['·李四', '01'],
    ['李四·', '01'],
    ['买买提··艾力', '01'],
    ['李四John', '03'],
    ['J', '03'],
    ['A'.repeat(41), '99'],
    ['John  Smith', '03'], // two spaces
    ['John Smith ', '03'],
    ["O'Brien", '03'],
    ['张三<script>', '03'],
  ] as const)('refuses %j for ID type %s', (name, idType) => {
    expect(validateName(name, idType)).toEqual({ ok: false, code: 'INVALID_NAME' });
  });
});
