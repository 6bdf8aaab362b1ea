// parseStrictInt and parseStrictNumber: the whole text is the number, or it is refused.
#include <engine/xml/StrictNumbers.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using respect::engine::xml::parseStrictInt;
using respect::engine::xml::parseStrictNumber;

TEST_CASE("Strict integers accept a sign and digits only", "[xml][unit]") {
    std::int64_t value = 7;
    CHECK(parseStrictInt("42", value));
    CHECK(value == 42);
    CHECK(parseStrictInt("+3", value));
    CHECK(value == 3);
    CHECK(parseStrictInt("-5", value));
    CHECK(value == -5);
    CHECK(parseStrictInt("007", value));
    CHECK(value == 7);
    CHECK(parseStrictInt("-9223372036854775808", value));
    CHECK(value == std::numeric_limits<std::int64_t>::min());
    CHECK(parseStrictInt("9223372036854775807", value));
    CHECK(value == std::numeric_limits<std::int64_t>::max());

    value = 99;
    for (const char* bad : {"", "+", "-", "12abc", "1.5", " 1", "1 ", "0x10", "1e3", "+-1",
                            "9223372036854775808", "-9223372036854775809", "١٢"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(parseStrictInt(bad, value));
        CHECK(value == 99);
    }
}

TEST_CASE("Strict numbers are finite decimals with no trailing junk", "[xml][unit]") {
    double value = 0.0;
    CHECK(parseStrictNumber("1.5", value));
    CHECK(value == 1.5);
    CHECK(parseStrictNumber("-.25", value));
    CHECK(value == -0.25);
    CHECK(parseStrictNumber("+2e3", value));
    CHECK(value == 2000.0);
    CHECK(parseStrictNumber("5.", value));
    CHECK(value == 5.0);
    CHECK(parseStrictNumber("12", value));
    CHECK(value == 12.0);
    CHECK(parseStrictNumber("1E-2", value));
    CHECK(value == Approx(0.01));

    value = 4.0;
    for (const char* bad : {"", ".", "-", "1.5x", " 1", "1 ", "1,5", "inf", "nan", "NaN", "0x1p3",
                            "1e", "1e+", "1e999", "--1", "1..2"}) {
        INFO("'" << bad << "'");
        CHECK_FALSE(parseStrictNumber(bad, value));
        CHECK(value == 4.0);
    }
}
