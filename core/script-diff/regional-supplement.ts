import type { RegionalSource } from "./regional-index";

/**
 * Everyday mainland ↔ Taiwan / Hong Kong vocabulary that OpenCC's phrase tables lack,
 * in OpenCC's `mainland regional1 regional2…` form (every candidate counts).
 *
 * A pair only ever fires when the Simplified text has the key AND the Traditional text
 * has the candidate in the same place, so a sense the pair does not cover (看板 as a shop
 * sign, 行 as "to walk") cannot produce a false regional variant: there the Traditional
 * edition writes the same word and nothing differs. Single-character pairs (行/列) are
 * only used when they explain a whole difference, never to cut a longer one apart.
 */
const TAIWAN = [
  "志愿者 志工", // volunteer
  "集装箱 貨櫃", // shipping container
  "质量 品質", // quality (of a product); 质量 as physical mass is 質量 in Taiwan too
  "分诊 檢傷 檢傷分類", // emergency triage
  "护士 護理師", // nurse (Taiwan's professional title)
  "护士长 護理長", // head nurse
  "试点 試辦", // pilot (scheme)
  "数字化 數位化", // digitise
  "记录 紀錄", // record (Taiwan writes the noun 紀錄)
  "文件 檔", // (computer) file: OpenCC gives 檔案; Taiwan also writes 檔 (PDF檔)
  "传感器 感測器", // sensor
  "远程 遠端", // remote (access, control)
  "远程操控 遙控 遠端操控", // remote control
  "计算机 電腦", // computer
  "识别 辨識", // recognition (字符识别 → 字元辨識)
  "匿名化 去識別化", // anonymise (records)
  "网页应用 網頁應用程式", // web app
  "应用 應用程式", // app
  "看板 儀表板", // (data) dashboard
  "仪表盘 儀表板", // dashboard
  "行 列", // table row: the two regions swap 行 and 列
  "列 行", // table column
  "存储 儲存", // storage
  "搜索 搜尋", // search
  "优化 最佳化", // optimise
  "网上 線上 網路上", // online
  "运营 營運", // operate (a business)
  "运营商 營運商 業者", // operator
  "时延 延遲", // latency
  "高校 大學", // university (mainland abbreviation)
  "摄像头 攝影機", // camera
].join("|");

const HONG_KONG = [
  "集装箱 貨櫃", // shipping container
  "质量 質素", // quality
  "分诊 分流", // emergency triage
  "计算机 電腦", // computer
  "移动网络 流動網絡", // mobile network
  "移动电话 流動電話", // mobile phone
  "网络安全 網絡保安", // cybersecurity
  "安全 保安", // security (of systems)
  "办公楼 寫字樓", // office building
  "岸桥 吊機 岸邊吊機", // quay crane
  "起重机 吊機", // crane
  "传感器 感應器", // sensor
  "远程操控 遙控 遙控操作", // remote control
  "高峰时段 繁忙時段 繁忙時間", // rush hour
  "运营 營運", // operate (a business)
  "运营商 營運商", // operator
  "时延 延遲", // latency
  "视频 影像 影片", // video
  "摄像头 鏡頭 攝影機", // camera
  "高校 大學", // university (mainland abbreviation)
  "存储 儲存", // storage
].join("|");

export const REGIONAL_SUPPLEMENT_SOURCES: readonly RegionalSource[] = [
  { name: "Parallax supplement (Taiwan)", region: "tw", direction: "hans-to-hant", entries: TAIWAN },
  { name: "Parallax supplement (Hong Kong)", region: "hk", direction: "hans-to-hant", entries: HONG_KONG },
];
