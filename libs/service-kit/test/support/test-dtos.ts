import { Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class CustomerAccountDto {
  @IsString()
  @MinLength(1)
  id!: string;

  @IsNumber()
  @Min(0)
  revenue!: number;
}

export class SubmitThingDto {
  @IsString()
  @MinLength(3)
  title!: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CustomerAccountDto)
  accounts!: CustomerAccountDto[];
}

export class ListThingsQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
