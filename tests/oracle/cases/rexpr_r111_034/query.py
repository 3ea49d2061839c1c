from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "to_char(n, '999,999.99')", "abs(i) AS c2", "arrays_overlap(array(i, i), array(1, 2, i))", "CAST(timestamp_add('MONTH', reduce(array(i, array_max(array(datepart('DAYOFWEEK', dt), width_bucket(d, -10.0D, 10.0D, 4), 3)), 4), 0, (acc, x) -> acc + coalesce(x, 0)), dt) AS STRING) AS c4", "is_valid_utf8('x-y') AS c5").where((~F.coalesce(F.format_string("%.2f / %s", col("f"), col("t")).eqNullSafe(col("s")), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
