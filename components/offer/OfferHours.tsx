import { ALWAYS_OPEN, openingHours } from "@/lib/offers/display";
import type { OfferDetails } from "@/lib/search";

export type OfferHoursProps = { offer: Pick<OfferDetails, "slots" | "openingHoursNote"> };

/** "Horaires", when the offer has any: day by day, or open all the time, and the structure's note. */
export function OfferHours({ offer }: OfferHoursProps) {
  if (offer.slots.length === 0 && !offer.openingHoursNote) return null;
  const hours = offer.slots.length > 0 ? openingHours(offer.slots) : null;
  return (
    <>
      <h2>Horaires</h2>
      {/* A list rather than a table: it wraps on a narrow screen with large text. */}
      {hours?.always ? <p>{ALWAYS_OPEN}</p> : null}
      {hours && !hours.always ? (
        <ul className="portal-plain-list">
          {hours.days.map((day) => (
            <li key={day.day}>
              <strong>{day.label}</strong> : {day.hours}
            </li>
          ))}
        </ul>
      ) : null}
      {offer.openingHoursNote ? <p>{offer.openingHoursNote}</p> : null}
    </>
  );
}
