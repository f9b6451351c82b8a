import { Text } from '@tarojs/components';
import { keepTogetherRuns } from '../lib/keepTogether';

/** A <Text> whose clock ranges (08:00-08:30) never break across lines. */
export function ClockText({ text, className, id }: { text: string; className?: string; id?: string }) {
  return (
    <Text id={id} className={className}>
      {keepTogetherRuns(text).map((run, index) =>
        run.together ? (
          <Text key={index} className="yika-nowrap">
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </Text>
  );
}
