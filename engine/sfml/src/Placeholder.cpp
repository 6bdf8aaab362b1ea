namespace respect::engine::sfml {}
