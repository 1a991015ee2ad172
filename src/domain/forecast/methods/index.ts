import { announced } from './announced';
import { flat } from './flat';
import { indexed } from './indexed';
import { insats } from './insats';
import { trend } from './trend';
import type { ForecastMethod } from './types';
import type { ForecastMethodId } from '../config';

export const methods: Record<ForecastMethodId, ForecastMethod> = { flat, indexed, announced, insats, trend };
