import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An article to extract facts from and add to the graph.' })
export class ArticleInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Your id for it; by default derived from the text, so the same text gives the same id.',
  })
  id?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field({ description: 'Plain text; at most NEWSGRAPH_MAX_ARTICLE_BYTES bytes.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Publication date, YYYY-MM-DD; relative dates in the text resolve against it.',
  })
  date?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}
