/**
 * Text long enough for a length check, for answer keys of free-text parts whose
 * quality the instructor judges. Counted characters are letters and digits.
 */
export function fillerText(minChars: number): string {
  const unit = '按评分标准填写的示例内容';
  return unit.repeat(Math.ceil(Math.max(1, minChars) / unit.length));
}
