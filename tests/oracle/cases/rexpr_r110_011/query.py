from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, s STRING, d DOUBLE, m DECIMAL(18,6), i INT, ts TIMESTAMP, j INT, b BOOLEAN").load(INPUT)
result = df.where(F.coalesce(expr("element_at(array_sort(array(dt, DATE'2000-01-01', DATE'2024-02-29')), 1)").eqNullSafe(F.trunc(F.when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), "mon")), lit(True))).selectExpr("id", "map_values(map(1, to_date('2024-02-29'), 2, NULL)) AS c1", "TRY_CAST(s AS DATE) AS c2", "map_concat(map(1, s), map(2, concat(s, right(s, 0)))) AS c3", "vector_inner_product(array(CAST(d AS FLOAT), 1.5F), array(2.0F, CAST(i AS FLOAT))) AS c4", "CAST(unbase64(base64(translate(get(split(to_base32(encode(s, 'utf-8')), '  *'), 2), 'aeiou', 'AEI'))) AS STRING) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c5, c2 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
