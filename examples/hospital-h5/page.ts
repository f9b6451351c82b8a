// The page itself: a sign-in form while signed out, the bookings once signed in. Kept apart from app.ts
// so the logic there is framework-free; a real app renders with React or Vue instead of innerHTML.
import { appointmentLine, createHospitalYika, residentMessage, upcomingAtHospital } from './app';

declare const YIKA_CONFIG: { baseURL: string; hospitalId: string };

const yika = createHospitalYika(YIKA_CONFIG.baseURL, window.localStorage, () => void showSignIn());

function show(html: string): void {
  const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
  root.id = 'app';
  root.innerHTML = html;
}

async function showBookings(): Promise<void> {
  show('<p id="status">加载中…</p>');
  try {
    const bookings = await upcomingAtHospital(yika, YIKA_CONFIG.hospitalId);
    const rows = bookings.map((booking) => `<li class="booking">${appointmentLine(booking)}</li>`);
    show(
      rows.length === 0
        ? '<p id="empty">本院暂无待就诊的预约</p>'
        : `<ul id="bookings">${rows.join('')}</ul>`,
    );
  } catch (error) {
    show(`<p id="error" role="alert">${residentMessage(error)}</p>`);
  }
}

function showSignIn(): void {
  show(`<form id="sign-in">
    <input id="phone" inputmode="tel" aria-label="手机号" />
    <button id="send" type="button">获取验证码</button>
    <input id="code" inputmode="numeric" aria-label="验证码" />
    <button id="submit" type="submit">登录</button>
    <p id="message" role="alert"></p>
  </form>`);
  const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value.trim();
  const say = (text: string) => (document.getElementById('message')!.textContent = text);
  document.getElementById('send')!.addEventListener('click', () => {
    yika.auth.sendSmsCode(value('phone')).then(
      () => say('验证码已发送'),
      (error) => say(residentMessage(error)),
    );
  });
  document.getElementById('sign-in')!.addEventListener('submit', (submitted) => {
    submitted.preventDefault();
    yika.auth
      .loginWithSmsCode(value('phone'), value('code'))
      .then(showBookings, (error) => say(residentMessage(error)));
  });
}

function start(): void {
  void yika.auth.isSignedIn().then((signedIn) => (signedIn ? showBookings() : showSignIn()));
}

// The script may load in <head>, before the body exists.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
