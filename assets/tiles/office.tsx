<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="office" tilewidth="32" tileheight="32" tilecount="224" columns="16">
 <image source="office.png" width="512" height="448"/>
 <tile id="0">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="floor_tile"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="tiles"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="floor_tile2"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="tiles"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="carpet"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="carpet"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="carpet2"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="carpet"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="carpet_sage"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="carpet"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="wood"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="wood"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="wood2"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="wood"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="toilet_floor"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="tiles"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="pavement"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="outside"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="grass"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="floor"/>
   <property name="name" value="mat"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="mat"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="tactile-guide"/>
   <property name="name" value="tactile_v"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="tiles"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="tactile-guide"/>
   <property name="name" value="tactile_h"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="tiles"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="tactile-warning"/>
   <property name="name" value="tactile_dots"/>
   <property name="solid" type="bool" value="false"/>
   <property name="surface" value="tiles"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="steps"/>
   <property name="name" value="steps_outdoor"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="empty"/>
   <property name="name" value="blank"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_9"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_10"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_11"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_12"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_13"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_14"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="cap_15"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="face_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="face_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="face_lr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="window"/>
   <property name="name" value="window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="window"/>
   <property name="name" value="window_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="window"/>
   <property name="name" value="window_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="window"/>
   <property name="name" value="window_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="facade"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="facade_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="wall"/>
   <property name="name" value="facade_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="window"/>
   <property name="name" value="facade_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_closed"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="closed"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_open"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="open"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_side_closed"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="closed"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_side_open"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="open"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="entrance"/>
   <property name="name" value="entrance_closed@0,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="closed"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="entrance"/>
   <property name="name" value="entrance_closed@1,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="closed"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="entrance"/>
   <property name="name" value="entrance_open@0,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="open"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="entrance"/>
   <property name="name" value="entrance_open@1,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="open"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="lift"/>
   <property name="name" value="lift@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="lift"/>
   <property name="name" value="lift@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="lift-button"/>
   <property name="name" value="lift_panel"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_closed_blue"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="closed"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_open_blue"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="open"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_closed_green"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="closed"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="kind" value="door"/>
   <property name="name" value="door_open_green"/>
   <property name="solid" type="bool" value="false"/>
   <property name="state" value="open"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_toilet_f"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="toilet-f"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_toilet_m"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="toilet-m"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_toilet_all"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="toilet-all"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_toilet_accessible"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="toilet-accessible"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_quiet"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="quiet"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_info"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="info"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_lift"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="lift"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_exit"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="exit"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="sign"/>
   <property name="name" value="sign_exit_hanging"/>
   <property name="solid" type="bool" value="false"/>
   <property name="sign" value="exit"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="decoration"/>
   <property name="name" value="clock"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="decoration"/>
   <property name="name" value="picture"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="decoration"/>
   <property name="name" value="poster"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="notice-board"/>
   <property name="name" value="notice_board@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="notice-board"/>
   <property name="name" value="notice_board@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="whiteboard"/>
   <property name="name" value="whiteboard@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="whiteboard"/>
   <property name="name" value="whiteboard@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="queue-display"/>
   <property name="name" value="tv_queue@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="queue-display"/>
   <property name="name" value="tv_queue@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="screen"/>
   <property name="name" value="tv_slides@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="screen"/>
   <property name="name" value="tv_slides@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="chair_up"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="up"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@0,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@1,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_down@0,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="down"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_down@1,0"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="down"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="kind" value="ramp"/>
   <property name="name" value="ramp@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="kind" value="ramp"/>
   <property name="name" value="ramp@1,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="kind" value="ramp"/>
   <property name="name" value="ramp@2,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk@1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_b@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_b@1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_service@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="back"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_service@1,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="back"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_plain@0,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_plain@1,0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="chair_down"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="down"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@0,1"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@1,1"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_down@0,1"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="down"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_down@1,1"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="down"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="chair_left"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="left"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="chair_right"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="right"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="wood_chair_left"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="left"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk@1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_b@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_b@1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="front"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_service@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="back"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_service@1,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="monitor" value="back"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_plain@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="kind" value="desk"/>
   <property name="name" value="desk_plain@1,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="wood_chair_right"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="right"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@0,2"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@1,2"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_down@0,2"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="down"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_down@1,2"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="down"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="wood_chair_down"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="down"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="kind" value="chair"/>
   <property name="name" value="wood_chair_up"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="up"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_left@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_mid@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_pc@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_low@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_right@0,0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="kind" value="queue-barrier"/>
   <property name="name" value="barrier_h_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="kind" value="queue-barrier"/>
   <property name="name" value="barrier_h_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="kind" value="queue-barrier"/>
   <property name="name" value="barrier_h_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="kind" value="queue-barrier"/>
   <property name="name" value="barrier_v_t"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="kind" value="queue-barrier"/>
   <property name="name" value="barrier_v_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@0,3"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="kind" value="stairs"/>
   <property name="name" value="stairs_up@1,3"/>
   <property name="solid" type="bool" value="false"/>
   <property name="direction" value="up"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="kind" value="queue-barrier"/>
   <property name="name" value="barrier_v_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="kind" value="queue-barrier"/>
   <property name="name" value="barrier_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="kind" value="ticket-machine"/>
   <property name="name" value="ticket_machine@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="kind" value="waiting-chair"/>
   <property name="name" value="wait_down_l"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="down"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_left@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_mid@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_pc@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_low@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="kind" value="counter"/>
   <property name="name" value="counter_right@0,1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="false"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="kind" value="waiting-chair"/>
   <property name="name" value="wait_down_m"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="down"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="kind" value="waiting-chair"/>
   <property name="name" value="wait_down_r"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="down"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="kind" value="waiting-chair"/>
   <property name="name" value="wait_up_l"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="up"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="kind" value="waiting-chair"/>
   <property name="name" value="wait_up_m"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="up"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="kind" value="waiting-chair"/>
   <property name="name" value="wait_up_r"/>
   <property name="solid" type="bool" value="false"/>
   <property name="facing" value="up"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="kind" value="sofa"/>
   <property name="name" value="sofa@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="kind" value="sofa"/>
   <property name="name" value="sofa@1,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="kind" value="table"/>
   <property name="name" value="low_table"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="kind" value="leaflets"/>
   <property name="name" value="leaflets"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="kind" value="ticket-machine"/>
   <property name="name" value="ticket_machine@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="kind" value="kitchen"/>
   <property name="name" value="kitchen_counter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="kind" value="kitchen"/>
   <property name="name" value="kitchen_sink"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="kind" value="kitchen"/>
   <property name="name" value="kitchen_cups"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="kind" value="coffee-machine"/>
   <property name="name" value="coffee_machine@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="kind" value="fridge"/>
   <property name="name" value="fridge@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="kind" value="water-cooler"/>
   <property name="name" value="water_cooler@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="kind" value="table"/>
   <property name="name" value="coffee_table"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_l0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_m0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_r0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_m0_items"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_l1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_m1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_r1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="kind" value="meeting-table"/>
   <property name="name" value="table_m1_items"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="kind" value="plant"/>
   <property name="name" value="plant_tall@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="kind" value="plant"/>
   <property name="name" value="plant"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="kind" value="plant"/>
   <property name="name" value="plant2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="kind" value="bookshelf"/>
   <property name="name" value="bookshelf@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="kind" value="coffee-machine"/>
   <property name="name" value="coffee_machine@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="kind" value="fridge"/>
   <property name="name" value="fridge@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="kind" value="water-cooler"/>
   <property name="name" value="water_cooler@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="kind" value="bookshelf"/>
   <property name="name" value="bookshelf2@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="kind" value="printer"/>
   <property name="name" value="copier@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="kind" value="printer"/>
   <property name="name" value="printer"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="kind" value="boxes"/>
   <property name="name" value="paper_boxes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="kind" value="cabinet"/>
   <property name="name" value="filing_cabinet"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="kind" value="bins"/>
   <property name="name" value="bins"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="kind" value="coat-rack"/>
   <property name="name" value="coat_rack@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="kind" value="partition"/>
   <property name="name" value="partition"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="kind" value="mat"/>
   <property name="name" value="prayer_mat0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="kind" value="plant"/>
   <property name="name" value="plant_tall@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="kind" value="mat"/>
   <property name="name" value="prayer_mat1"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="kind" value="mat"/>
   <property name="name" value="prayer_mat2"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="kind" value="bookshelf"/>
   <property name="name" value="bookshelf@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@1,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@2,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="kind" value="bookshelf"/>
   <property name="name" value="bookshelf2@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="kind" value="printer"/>
   <property name="name" value="copier@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="kind" value="cushion"/>
   <property name="name" value="cushion"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="kind" value="cushion"/>
   <property name="name" value="cushion2"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="kind" value="shoe-rack"/>
   <property name="name" value="shoe_rack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="kind" value="lamp"/>
   <property name="name" value="floor_lamp@0,0"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="kind" value="coat-rack"/>
   <property name="name" value="coat_rack@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="kind" value="toilet"/>
   <property name="name" value="toilet"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="kind" value="toilet"/>
   <property name="name" value="toilet_accessible"/>
   <property name="solid" type="bool" value="true"/>
   <property name="accessible" value="true"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="kind" value="washbasin"/>
   <property name="name" value="washbasin"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@0,1"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@1,1"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@2,1"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="kind" value="lamp"/>
   <property name="name" value="floor_lamp@0,1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@0,2"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@1,2"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="kind" value="rug"/>
   <property name="name" value="rug@2,2"/>
   <property name="solid" type="bool" value="false"/>
  </properties>
 </tile>
</tileset>
