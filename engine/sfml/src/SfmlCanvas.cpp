#include "SfmlCanvas.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/render/ImageHeader.hpp>

#include <SFML/Graphics/RectangleShape.hpp>

#include <cmath>

namespace respect::engine::sfml {
namespace {

sf::Color toSfml(Color c) {
    return sf::Color(c.r, c.g, c.b, c.a);
}

unsigned characterSize(float pixels) {
    return static_cast<unsigned>(std::lround(std::max(1.0f, pixels)));
}

} // namespace

void SfmlCanvas::addFont(const std::string& id, std::unique_ptr<sf::Font> font) {
    fonts_[id] = std::move(font);
}

const sf::Font& SfmlCanvas::font(const std::string& id) const {
    const auto found = fonts_.find(id);
    if (found != fonts_.end()) {
        return *found->second;
    }
    if (fonts_.empty()) {
        throw Error("", 0, "no font loaded");
    }
    // An unknown id (a font that failed to load) falls back rather than showing nothing:
    // to "regular" when there is one.
    const auto regular = fonts_.find("regular");
    return regular != fonts_.end() ? *regular->second : *fonts_.begin()->second;
}

Vec2 SfmlCanvas::size() const {
    const auto s = target_->getView().getSize();
    return {s.x, s.y};
}

void SfmlCanvas::clear(Color color) {
    target_->clear(toSfml(color));
}

void SfmlCanvas::fillRect(const Rect& rect, Color color) {
    sf::RectangleShape shape({rect.width, rect.height});
    shape.setPosition(rect.x, rect.y);
    shape.setFillColor(toSfml(color));
    target_->draw(shape);
}

void SfmlCanvas::strokeRect(const Rect& rect, Color color, float thicknessPixels) {
    sf::RectangleShape shape(
        {rect.width - 2.0f * thicknessPixels, rect.height - 2.0f * thicknessPixels});
    shape.setPosition(rect.x + thicknessPixels, rect.y + thicknessPixels);
    shape.setFillColor(sf::Color::Transparent);
    shape.setOutlineColor(toSfml(color));
    shape.setOutlineThickness(thicknessPixels);
    target_->draw(shape);
}

void SfmlCanvas::prepare(std::string_view utf8, const TextStyle& style) {
    text_.setFont(font(style.font));
    text_.setCharacterSize(characterSize(style.sizePixels));
    text_.setString(sf::String::fromUtf8(utf8.begin(), utf8.end()));
}

std::vector<std::pair<std::string_view, bool>> SfmlCanvas::symbolRuns(std::string_view utf8,
                                                                      const TextStyle& style) {
    std::vector<std::pair<std::string_view, bool>> runs;
    if (style.symbolFont.empty() || style.symbolFont == style.font) {
        runs.emplace_back(utf8, false);
        return runs;
    }
    std::size_t start = 0;
    bool startSymbol = false;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t code = length == 1 ? lead : lead & (0xFFu >> (length + 1));
        for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k) {
            code = (code << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
        }
        const bool symbol = isSymbolCodePoint(code);
        if (i == 0) {
            startSymbol = symbol;
        } else if (symbol != startSymbol) {
            runs.emplace_back(utf8.substr(start, i - start), startSymbol);
            start = i;
            startSymbol = symbol;
        }
        i += length;
    }
    runs.emplace_back(utf8.substr(start), startSymbol);
    return runs;
}

void SfmlCanvas::drawText(std::string_view utf8, Vec2 topLeft, const TextStyle& style) {
    const auto runs = symbolRuns(utf8, style);
    if (runs.size() > 1 || runs.front().second) {
        // Each run in its own font, one after the other on the same baseline box.
        TextStyle part = style;
        part.symbolFont.clear();
        for (const auto& [text, symbol] : runs) {
            part.font = symbol ? style.symbolFont : style.font;
            drawText(text, topLeft, part);
            topLeft.x += measureText(text, part).x;
        }
        return;
    }
    prepare(utf8, style);
    text_.setFillColor(toSfml(style.color));
    // Whole pixels keep glyphs crisp on a software renderer.
    text_.setPosition(std::round(topLeft.x), std::round(topLeft.y));
    target_->draw(text_);
}

Vec2 SfmlCanvas::measureText(std::string_view utf8, const TextStyle& style) {
    const auto runs = symbolRuns(utf8, style);
    if (runs.size() > 1 || runs.front().second) {
        TextStyle part = style;
        part.symbolFont.clear();
        Vec2 extent{0.0f, 0.0f};
        for (const auto& [text, symbol] : runs) {
            part.font = symbol ? style.symbolFont : style.font;
            const Vec2 piece = measureText(text, part);
            extent.x += piece.x;
            extent.y = std::max(extent.y, piece.y);
        }
        return extent;
    }
    prepare(utf8, style);
    const float width =
        text_.findCharacterPos(text_.getString().getSize()).x - text_.findCharacterPos(0).x;
    const float lineHeight = text_.getFont()->getLineSpacing(text_.getCharacterSize());
    return {width, lineHeight};
}

const sf::Texture* SfmlCanvas::texture(const std::string& image) {
    const auto found = textures_.find(image);
    if (found != textures_.end()) {
        return found->second.get();
    }
    auto& slot = textures_[image];
    try {
        const std::string bytes = content_.read(image, kMaxImageFileBytes);
        checkPngHeader(bytes, image); // before SFML decodes a single pixel
        auto loaded = std::make_unique<sf::Texture>();
        if (!loaded->loadFromMemory(bytes.data(), bytes.size())) {
            throw Error(image, 0, "the PNG image cannot be decoded");
        }
        slot = std::move(loaded);
    } catch (const Error& problem) {
        log::warning(problem.what()); // once: the failed slot stays empty
    }
    return slot.get();
}

void SfmlCanvas::drawImage(const std::string& image, const Rect& source, const Rect& destination,
                           Color tint) {
    const sf::Texture* loaded = texture(image);
    if (loaded == nullptr || source.width <= 0.0f || source.height <= 0.0f) {
        return;
    }
    sprite_.setTexture(*loaded);
    sprite_.setTextureRect(sf::IntRect(static_cast<int>(source.x), static_cast<int>(source.y),
                                       static_cast<int>(source.width),
                                       static_cast<int>(source.height)));
    sprite_.setPosition(std::round(destination.x), std::round(destination.y));
    sprite_.setScale(destination.width / source.width, destination.height / source.height);
    sprite_.setColor(toSfml(tint));
    target_->draw(sprite_);
}

} // namespace respect::engine::sfml

namespace respect::engine::sfml {

void SfmlCanvas::drawLayer(const std::string& key, std::uint64_t version, Vec2 layerSize,
                           Color background, const Rect& source, const Rect& destination,
                           const LayerPainter& paint) {
    if (source.width <= 0.0f || source.height <= 0.0f) {
        return;
    }
    Layer& layer = layers_[key];
    const bool same = layer.seen && layer.version == version && layer.size == layerSize &&
                      layer.background == background;
    if (!same) {
        // Seen for the first time: draw just the visible part now and keep the whole picture
        // from the next frame on, so the first frame (at launch, at a new scene) is not
        // delayed by painting parts of the map nobody sees yet.
        layer = Layer{nullptr, version, layerSize, background, false, true};
        Canvas::drawLayer(key, version, layerSize, background, source, destination, paint);
        return;
    }
    if (!layer.tried) {
        layer = Layer{nullptr, version, layerSize, background, true, true};
        const auto width = static_cast<unsigned>(std::ceil(layerSize.x));
        const auto height = static_cast<unsigned>(std::ceil(layerSize.y));
        const unsigned largest = sf::Texture::getMaximumSize();
        auto image = std::make_unique<sf::RenderTexture>();
        if (width != 0 && height != 0 && width <= largest && height <= largest &&
            image->create(width, height)) {
            sf::RenderTarget* const window = target_;
            target_ = image.get();
            image->clear(toSfml(background));
            paint(*this, {0.0f, 0.0f}, 1.0f, {0.0f, 0.0f, layerSize.x, layerSize.y});
            image->display();
            target_ = window;
            layer.image = std::move(image);
        } else {
            log::warning("a " + std::to_string(width) + "x" + std::to_string(height) +
                         " layer cannot be kept as one image here; it is drawn piece by piece");
        }
    }
    if (!layer.image) { // too large for this graphics driver
        Canvas::drawLayer(key, version, layerSize, background, source, destination, paint);
        return;
    }
    sf::Sprite copy(layer.image->getTexture(),
                    sf::IntRect(static_cast<int>(source.x), static_cast<int>(source.y),
                                static_cast<int>(source.width), static_cast<int>(source.height)));
    copy.setPosition(std::round(destination.x), std::round(destination.y));
    copy.setScale(destination.width / source.width, destination.height / source.height);
    target_->draw(copy, sf::RenderStates(sf::BlendNone)); // opaque: no need to blend
}

} // namespace respect::engine::sfml
