import type { Compose, FamilyId } from "../types";
import { botanical } from "./botanical";
import { city } from "./city";
import { clay } from "./clay";
import { cosmic } from "./cosmic";
import { figure } from "./figure";
import { arches, bauhaus } from "./geometric";
import { dunes, mountains } from "./landscape";
import { lowpoly } from "./lowpoly";
import { seascape } from "./seascape";
import { blobs } from "./soft";
import { synthwave } from "./synthwave";
import { waves } from "./waves";

export const COMPOSERS: Record<FamilyId, Compose> = {
  mountains,
  dunes,
  seascape,
  city,
  figure,
  bauhaus,
  arches,
  lowpoly,
  waves,
  botanical,
  cosmic,
  blobs,
  clay,
  synthwave,
};
