// Conventions, not romanisation: the English names in use for the 31 province-level units and for the ethnic groups
// in autonomous areas' names, English for the generic words in the names of development zones and the like, and
// the readings pinyin-pro gets wrong in place names. Every division's own name is romanised by pinyin-pro.

/** Province-level units: the conventional English name, the short Chinese form used inside other names, its English. */
export const provinces = {
  北京市: { en: 'Beijing', short: '北京' },
  天津市: { en: 'Tianjin', short: '天津' },
  河北省: { en: 'Hebei', short: '河北' },
  山西省: { en: 'Shanxi', short: '山西' },
  内蒙古自治区: { en: 'Inner Mongolia Autonomous Region', short: '内蒙古', shortEn: 'Inner Mongolia' },
  辽宁省: { en: 'Liaoning', short: '辽宁' },
  吉林省: { en: 'Jilin', short: '吉林' },
  黑龙江省: { en: 'Heilongjiang', short: '黑龙江' },
  上海市: { en: 'Shanghai', short: '上海' },
  江苏省: { en: 'Jiangsu', short: '江苏' },
  浙江省: { en: 'Zhejiang', short: '浙江' },
  安徽省: { en: 'Anhui', short: '安徽' },
  福建省: { en: 'Fujian', short: '福建' },
  江西省: { en: 'Jiangxi', short: '江西' },
  山东省: { en: 'Shandong', short: '山东' },
  河南省: { en: 'Henan', short: '河南' },
  湖北省: { en: 'Hubei', short: '湖北' },
  湖南省: { en: 'Hunan', short: '湖南' },
  广东省: { en: 'Guangdong', short: '广东' },
  广西壮族自治区: { en: 'Guangxi Zhuang Autonomous Region', short: '广西', shortEn: 'Guangxi' },
  海南省: { en: 'Hainan', short: '海南' },
  重庆市: { en: 'Chongqing', short: '重庆' },
  四川省: { en: 'Sichuan', short: '四川' },
  贵州省: { en: 'Guizhou', short: '贵州' },
  云南省: { en: 'Yunnan', short: '云南' },
  西藏自治区: { en: 'Tibet Autonomous Region', short: '西藏', shortEn: 'Tibet' },
  陕西省: { en: 'Shaanxi', short: '陕西' },
  甘肃省: { en: 'Gansu', short: '甘肃' },
  青海省: { en: 'Qinghai', short: '青海' },
  宁夏回族自治区: { en: 'Ningxia Hui Autonomous Region', short: '宁夏', shortEn: 'Ningxia' },
  新疆维吾尔自治区: { en: 'Xinjiang Uygur Autonomous Region', short: '新疆', shortEn: 'Xinjiang' },
};

/** The 55 recognised ethnic minorities, by the English names China uses in autonomous areas' official names. */
export const ethnicGroups = {
  蒙古: 'Mongol', 回: 'Hui', 藏: 'Tibetan', 维吾尔: 'Uygur', 苗: 'Miao', 彝: 'Yi', 壮: 'Zhuang', 布依: 'Bouyei',
  朝鲜: 'Korean', 满: 'Manchu', 侗: 'Dong', 瑶: 'Yao', 白: 'Bai', 土家: 'Tujia', 哈尼: 'Hani', 哈萨克: 'Kazak',
  傣: 'Dai', 黎: 'Li', 傈僳: 'Lisu', 佤: 'Va', 畲: 'She', 高山: 'Gaoshan', 拉祜: 'Lahu', 水: 'Shui',
  东乡: 'Dongxiang', 纳西: 'Naxi', 景颇: 'Jingpo', 柯尔克孜: 'Kirgiz', 土: 'Tu', 达斡尔: 'Daur', 仫佬: 'Mulao',
  羌: 'Qiang', 布朗: 'Blang', 撒拉: 'Salar', 毛南: 'Maonan', 仡佬: 'Gelao', 锡伯: 'Xibe', 阿昌: 'Achang',
  普米: 'Pumi', 塔吉克: 'Tajik', 怒: 'Nu', 乌孜别克: 'Uzbek', 俄罗斯: 'Russian', 鄂温克: 'Evenki', 德昂: "De'ang",
  保安: 'Bonan', 裕固: 'Yugur', 京: 'Gin', 塔塔尔: 'Tatar', 独龙: 'Derung', 鄂伦春: 'Oroqen', 赫哲: 'Hezhen',
  门巴: 'Monba', 珞巴: 'Lhoba', 基诺: 'Jino',
};

/** The package's prefecture-level rows that only group county-level units under a province. */
export const groupings = {
  市辖区: 'Districts',
  县: 'Counties',
  省直辖县级行政区划: 'Province-administered county-level divisions',
  自治区直辖县级行政区划: 'Region-administered county-level divisions',
};

/**
 * Generic words that end county-level names other than 区/县/市/旗, in English. minBase: how many characters must
 * precede the word for it to be this word: 清新区 is the district 清新, not a new area 清; 碑林区 is the district
 * 碑林, while 神农架林区 is the forestry district 神农架.
 */
export const terms = [
  { zh: '高新技术产业开发区', en: 'High-tech Industrial Development Zone', minBase: 1 },
  { zh: '高技术产业开发区', en: 'High-tech Industrial Development Zone', minBase: 1 },
  { zh: '高新技术开发区', en: 'High-tech Development Zone', minBase: 1 },
  { zh: '经济技术开发区', en: 'Economic and Technological Development Zone', minBase: 1 },
  { zh: '经济开发区', en: 'Economic Development Zone', minBase: 1 },
  { zh: '开发区', en: 'Development Zone', minBase: 1 },
  { zh: '高新技术产业园区', en: 'High-tech Industrial Park', minBase: 1 },
  { zh: '现代产业园区', en: 'Modern Industrial Park', minBase: 1 },
  { zh: '循环化工园区', en: 'Circular Chemical Industry Park', minBase: 1 },
  { zh: '文化旅游创意园区', en: 'Cultural Tourism and Creative Industry Park', minBase: 1 },
  { zh: '工业园区', en: 'Industrial Park', minBase: 1 },
  { zh: '城乡一体化示范区', en: 'Urban-Rural Integration Demonstration Zone', minBase: 1 },
  { zh: '转型综合改革示范区', en: 'Comprehensive Transformation Reform Demonstration Zone', minBase: 1 },
  { zh: '示范区', en: 'Demonstration Zone', minBase: 1 },
  { zh: '航空港经济综合实验区', en: 'Airport Economy Zone', minBase: 1 },
  { zh: '综合物流产业聚集区', en: 'Logistics Industry Cluster', minBase: 1 },
  { zh: '风景名胜区', en: 'Scenic Area', minBase: 1 },
  { zh: '食品区', en: 'Food Zone', minBase: 1 },
  { zh: '管理区管委会', en: 'Administrative Area', minBase: 1 },
  { zh: '管理区', en: 'Administrative Area', minBase: 1 },
  { zh: '行政委员会', en: 'Administrative Committee', minBase: 1 },
  { zh: '群岛的岛礁及其海域', en: 'Islands, Reefs and Waters', minBase: 1 },
  { zh: '群岛', en: 'Islands', minBase: 1 },
  { zh: '新区', en: 'New Area', minBase: 2 },
  { zh: '新城', en: 'New City', minBase: 2 },
  { zh: '林区', en: 'Forestry District', minBase: 3 },
  { zh: '特区', en: 'Special District', minBase: 1 },
  { zh: '矿区', en: 'Mining District', minBase: 1 },
].sort((a, b) => b.zh.length - a.zh.length);

/** Words inside development zones' names that are not places. */
export const words = {
  中国新加坡: 'China-Singapore',
  中新: 'China-Singapore',
};

/**
 * Readings pinyin-pro gets wrong in place names (customPinyin): a character read as in common words (都 dōu, 什 shén,
 * 棱 léng), a word it knows in another sense (民乐 folk music, mín yuè), or a place whose name keeps an old reading
 * (乐亭 Laoting, 蔚县 Yu County).
 */
export const readingFixes = {
  都: 'dū',
  什: 'shí',
  民乐: 'mín lè',
  乐亭: 'lào tíng',
  乐清: 'yuè qīng',
  蔚县: 'yù xiàn',
  繁峙: 'fán shì',
  洪洞: 'hóng tóng',
  尉犁: 'yù lí',
  蚌: 'bèng',
  六合: 'lù hé',
  闵行: 'mǐn háng',
  大箐山: 'dà qìng shān',
  歙县: 'shè xiàn',
  涡阳: 'guō yáng',
  费县: 'bì xiàn',
  单县: 'shàn xiàn',
  浚县: 'xùn xiàn',
  泌阳: 'bì yáng',
  黄陂: 'huáng pí',
  曾都: 'zēng dū',
  筠连: 'jūn lián',
  召陵: 'shào líng',
  大城: 'dà chéng',
  万柏林: 'wàn bǎi lín',
  棱: 'líng',
  珲春: 'hūn chūn',
};
