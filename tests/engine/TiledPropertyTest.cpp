// Property and Properties: typed accessors never convert between unrelated types.
#include <engine/tiled/Properties.hpp>

#include <catch2/catch.hpp>

using respect::engine::Color;
using namespace respect::engine::tiled;

namespace {

Property property(const std::string& name, PropertyType type, Property::Value value) {
    Property out;
    out.name = name;
    out.type = type;
    out.value = std::move(value);
    return out;
}

} // namespace

TEST_CASE("Each accessor answers only for its own type", "[tiled][unit]") {
    const Property text = property("t", PropertyType::String, std::string("hi"));
    CHECK(text.asString() == std::string("hi"));
    CHECK_FALSE(text.asFile().has_value());
    CHECK_FALSE(text.asInt().has_value());

    const Property file = property("f", PropertyType::File, std::string("a/b.png"));
    CHECK(file.asFile() == std::string("a/b.png"));
    CHECK_FALSE(file.asString().has_value());

    const Property count = property("n", PropertyType::Int, std::int64_t{7});
    CHECK(count.asInt() == 7);
    CHECK(count.asFloat() == 7.0); // an int widens to a float
    CHECK_FALSE(count.asObjectId().has_value());
    CHECK_FALSE(count.asBool().has_value());

    const Property ratio = property("r", PropertyType::Float, 0.25);
    CHECK(ratio.asFloat() == 0.25);
    CHECK_FALSE(ratio.asInt().has_value()); // a float never narrows

    const Property flag = property("b", PropertyType::Bool, true);
    CHECK(flag.asBool() == true);

    const Property tint = property("c", PropertyType::Color, Color{1, 2, 3, 4});
    CHECK(tint.asColor() == Color{1, 2, 3, 4});

    const Property target = property("o", PropertyType::Object, std::int64_t{12});
    CHECK(target.asObjectId() == 12);
    CHECK_FALSE(target.asInt().has_value());

    CHECK(propertyTypeName(PropertyType::Color) == std::string("color"));
    CHECK(propertyTypeName(PropertyType::Object) == std::string("object"));
}

TEST_CASE("Properties finds by name in document order", "[tiled][unit]") {
    const Properties properties({property("speed", PropertyType::Float, 1.5),
                                 property("name", PropertyType::String, std::string("x"))});
    CHECK(properties.size() == 2);
    CHECK_FALSE(properties.empty());
    REQUIRE(properties.find("name") != nullptr);
    CHECK(properties.find("name")->name == "name");
    CHECK(properties.find("missing") == nullptr);
    CHECK(properties.number("speed") == 1.5);
    CHECK_FALSE(properties.string("speed").has_value());
    CHECK_FALSE(properties.integer("missing").has_value());
    CHECK(Properties().empty());
}
