<?xml version="1.0" encoding="UTF-8"?>
<map version="1.8" orientation="orthogonal" width="1" height="1" tilewidth="16" tileheight="16"/>
