#pragma once
// Canvas over an sf::RenderTarget, with fonts by id. Text is always UTF-8 converted
// through sf::String::fromUtf8 so accented letters render.

#include <engine/io/ContentRoot.hpp>
#include <engine/render/Canvas.hpp>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respect::engine::sfml {

class SfmlCanvas final : public Canvas {
public:
    SfmlCanvas(sf::RenderTarget& target, const io::ContentRoot& content)
        : target_(&target), content_(content) {}

    /// Takes ownership of a loaded font.
    void addFont(const std::string& id, std::unique_ptr<sf::Font> font);

    Vec2 size() const override;
    void clear(Color color) override;
    void fillRect(const Rect& rect, Color color) override;
    void strokeRect(const Rect& rect, Color color, float thicknessPixels) override;
    void drawText(std::string_view utf8, Vec2 topLeft, const TextStyle& style) override;
    Vec2 measureText(std::string_view utf8, const TextStyle& style) override;
    void drawImage(const std::string& image, const Rect& source, const Rect& destination,
                   Color tint) override;
    void drawLayer(const std::string& key, std::uint64_t version, Vec2 layerSize, Color background,
                   const Rect& source, const Rect& destination, const LayerPainter& paint) override;

private:
    /// The texture for a content path, loaded on first use; nullptr when it cannot be.
    const sf::Texture* texture(const std::string& image);

    const sf::Font& font(const std::string& id) const;
    /// `utf8` cut where it passes between symbols and other text (one run when the style
    /// has no separate symbol font); true marks symbol runs.
    static std::vector<std::pair<std::string_view, bool>> symbolRuns(std::string_view utf8,
                                                                     const TextStyle& style);
    void prepare(std::string_view utf8, const TextStyle& style);

    /// Where drawing goes: the window, or a layer's image while it is painted.
    sf::RenderTarget* target_;
    const io::ContentRoot& content_;
    std::map<std::string, std::unique_ptr<sf::Texture>> textures_; ///< nullptr: failed
    sf::Sprite sprite_;
    std::map<std::string, std::unique_ptr<sf::Font>> fonts_;
    struct Layer {
        std::unique_ptr<sf::RenderTexture> image; ///< nullptr: cannot be made, paint directly
        std::uint64_t version = 0;
        Vec2 size;
        Color background;
        bool tried = false; ///< made (or found impossible) for this version
        bool seen = false;  ///< drawn once (directly) for this version
    };
    std::map<std::string, Layer> layers_;
    sf::Text text_; ///< reused so glyph pages and vertex arrays are not rebuilt per call
};

} // namespace respect::engine::sfml
