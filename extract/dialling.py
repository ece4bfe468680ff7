"""The places a notice's own telephone numbers dial: an area code names a city.

A town school's page that never names its county often prints its office
number (联系电话：0731-86912245). The area code (0731) belongs to one city or a
few (长沙、湘潭、株洲), which settles a town name several counties share. The
numbers and their places come from phonenumbers (Apache-2.0, Google's
libphonenumber data): no hand-kept table of area codes. Only fixed lines
count: a mobile number's prefix says where the SIM was sold, not where the
school is.
"""

from __future__ import annotations


def dialled_places(text: str) -> tuple[str, ...]:
    """The place each fixed-line number in ``text`` dials, as libphonenumber writes it, in order, once each.

    Example: ``dialled_places("联系电话：0573-87700312，手机13812345678")`` → ``("浙江省嘉兴市",)``.
    """
    # imported here: the geocoding data takes a second to load and only a town
    # name several counties share needs it
    from phonenumbers import PhoneNumberMatcher, PhoneNumberType, geocoder, number_type

    places: dict[str, None] = {}
    for match in PhoneNumberMatcher(text, "CN"):
        if number_type(match.number) == PhoneNumberType.FIXED_LINE:
            if place := geocoder.description_for_number(match.number, "zh"):
                places[place] = None
    return tuple(places)
