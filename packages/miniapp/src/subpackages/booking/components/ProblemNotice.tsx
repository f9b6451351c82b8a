import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/ActionButton';
import { a11yProps } from '../../../lib/a11y';
import type { BookingProblem, NextStep } from '../../../lib/bookingErrors';

/** A refusal of the booking flow: what happened, in words and with a symbol, and the next step's button. */
export function ProblemNotice({
  problem,
  onNext,
}: {
  problem: BookingProblem;
  onNext: (next: NextStep) => void;
}) {
  const next = problem.next;
  return (
    <View
      id="booking-problem"
      className="booking-problem"
      data-code={problem.code}
      {...a11yProps({ role: 'alert' })}
    >
      <Text className="booking-problem__title">⚠ {problem.title}</Text>
      <Text className="booking-problem__message">{problem.message}</Text>
      {next ? (
        <ActionButton
          id="booking-next-step"
          className="booking-problem__action"
          variant="secondary"
          onClick={() => onNext(next)}
        >
          {next.label}
        </ActionButton>
      ) : null}
    </View>
  );
}
