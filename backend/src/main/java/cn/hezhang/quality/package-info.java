/**
 * 水质评价（quality）：按《地表水环境质量标准》（GB 3838-2002）表1逐项判定Ⅰ～Ⅴ类或劣Ⅴ类，以21项评价指标中最差者
 * 定断面水质类别（水温、总氮、粪大肠菌群为参考指标，环办〔2011〕22号），湖库总磷用湖、库限值，并与水体水质目标
 * （含呼伦湖、乌梁素海、岱海2020年特定目标）比较，给出超标项目及超标倍数；按《城市黑臭水体整治工作指南》（2015）
 * 对透明度、溶解氧、氧化还原电位、氨氮逐项分为无/轻度/重度黑臭，再判定检测点、水体及重度黑臭区段。限值取自
 * {@code src/main/resources/quality/} 下的种子表，判定规则（边界归属、浅水规则、60%/30%规则、连续3点）写在代码中并注明出处。
 * <p>
 * Water quality: classes surface-water samples by GB 3838-2002 Table 1 (Ⅰ–Ⅴ, 劣Ⅴ per item; the overall
 * class is the worst of the 21 evaluated items, with the lake/reservoir phosphorus limits for lakes),
 * compares them with a water body's target (including the 2020 targets of Hulun, Ulansuhai and
 * Daihai) and reports failing items with their exceedance multiples; grades urban black-odorous water
 * by the 2015 guide (none/light/heavy per indicator, per detection point, per water body, with heavy
 * segments). Limits come from the seed tables under {@code src/main/resources/quality/}; the rules are
 * in the code with their sources. The classifiers are plain Java (no Spring, no database).
 * <p>
 * On top of them: monitoring ({@link cn.hezhang.quality.Monitoring}: sites, samples entered or imported, each
 * classified on save; a sample missing its target opens a case, {@code MonitoringCases}), the black-odorous
 * lifecycle ({@link cn.hezhang.quality.BlackOdorousLifecycle}, BPMN {@code processes/blackwater/}) and the
 * half-year public report ({@link cn.hezhang.quality.HalfYearReports}).
 * <p>
 * The types in this package are the module's API: {@link cn.hezhang.quality.Gb3838Classifier},
 * {@link cn.hezhang.quality.BlackOdorousClassifier}, {@link cn.hezhang.quality.LakeTargets} and their
 * value types. {@code cn.hezhang.quality.domain} holds the internals (the seed-table readers, the JPA
 * entities); other modules must not use it. Invalid input raises {@link cn.hezhang.quality.InvalidMeasurementException}
 * (an {@link java.lang.IllegalArgumentException}) naming the field.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Water quality")
package cn.hezhang.quality;
