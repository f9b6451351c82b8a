import { Text } from '@tarojs/components';
import { keepTogetherRuns } from '../lib/keepTogether';

/** Text whose clock ranges (08:00-08:30) never break across lines; otherwise a plain <Text>. */
export function ClockText({ text, className, id }: { text: string; className?: string; id?: string }) {
  const runs = keepTogetherRuns(text);
  if (runs.length === 1 && !runs[0]!.together) {
    return (
      <Text id={id} className={className}>
        {text}
      </Text>
    );
  }
  return (
    <Text id={id} className={className}>
      {runs.map((run, index) =>
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
