/**
 * 行政区划与组织: 自治区—盟市—旗县区—苏木乡镇 (GB/T 2260 codes; townships by NBS code), 河长办 offices and
 * 责任单位 units. Regions and organisations; a region's subtree is every code that starts with its
 * {@code scopePrefix}, which is how data scope is checked everywhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions and organisations")
package cn.hezhang.region;
