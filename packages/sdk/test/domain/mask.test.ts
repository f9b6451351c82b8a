import { maskIdNumber, maskName, maskPhone } from '../../src/domain/mask';
import { isMobilePhone } from '../../src/domain/phone';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['19912340000', '199****0000'],
    ['+8613812345678', '+86****5678'],
    ['1234567', '1*****7'],
    ['12', '**'],
    ['', ''],
  ])('%j -> %j', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['330203199003070615', '330203********0615'],
    ['E12345678', 'E*******8'], // a passport keeps first and last only
    ['AB', '**'],
  ])('%j -> %j', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it('never leaves the birth date of an 18-character number visible', () => {
    expect(maskIdNumber('11010519491231002X')).not.toContain('19491231');
  });
});

describe('maskName', () => {
  it.each([
    ['李四', '李*'],
    ['李小明', '李**'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
    ['  王五 ', '王*'],
    ['买买提·艾力', '买**·**'],
    ['John Smith', 'J*** *****'],
    ['𠮷野家', '𠮷**'], // a character outside the BMP counts once
    ['', ''],
  ])('%j -> %j', (name, masked) => expect(maskName(name)).toBe(masked));
});

describe('isMobilePhone', () => {
  it.each(['13812345678', '19900001111', '14700000000'])('accepts %s', (phone) =>
    expect(isMobilePhone(phone)).toBe(true),
  );
  it.each(['12812345678', '1381234567', '138123456789', '+8613812345678', '138 1234 5678', ''])(
    'refuses %j',
    (phone) => expect(isMobilePhone(phone)).toBe(false),
  );
});
