from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.isnan(F.when((col("id") < lit(1).cast("bigint")), col("d")).otherwise(col("d"))) | col("b").isNull())).selectExpr("id", "regexp_replace(get(split(concat(rpad(s, 6, ' '), date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'yyyy-MM-dd HH:mm:ss.SSSSSS'), s), '[aeiou]'), 2), '^.', '') AS c1", "(m / 3.5) AS c2", "(m + CASE WHEN b THEN m WHEN b THEN m WHEN (dt <= DATE'2024-02-29') THEN m ELSE m END) AS c3", "pmod(id, nullif(nvl(bit_length('a'), 3), 0)) AS c4", "coalesce((nvl2('abc', i, i) * d), 3.75D) AS c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY c4 DESC NULLS FIRST, id DESC"]
