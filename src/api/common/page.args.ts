/**
 * The paging arguments every connection field takes, declared once as a type-graphql @ArgsType:
 * `first` (0 to 100, default 20; null means the default) and `after` (a cursor from the previous page).
 */
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from './complexity';
import { orDefault } from './validate';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** `first` with its default applied (an explicit null also means the default). */
export function pageSizeOf(args: PageArgs): number {
  return orDefault(args.first, DEFAULT_PAGE_SIZE);
}
