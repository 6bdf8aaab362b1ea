<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="terrain" tilewidth="16" tileheight="16" spacing="0" margin="0" tilecount="8" columns="4">
 <properties>
  <property name="biome" value="indoor"/>
 </properties>
 <image source="tiles.png" width="64" height="32"/>
 <tile id="2">
  <properties>
   <property name="solid" type="bool" value="true"/>
   <property name="sound" type="file" value="../sounds/step.wav"/>
  </properties>
 </tile>
</tileset>
