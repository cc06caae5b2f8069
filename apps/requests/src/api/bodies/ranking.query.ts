import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsUUID } from 'class-validator';

export class RankingQuery {
  @ApiProperty({ format: 'uuid', description: 'The product whose requests are ranked' })
  @IsDefined()
  @IsUUID()
  productId!: string;
}
