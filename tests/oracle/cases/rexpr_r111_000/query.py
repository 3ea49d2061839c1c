from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("quote('') AS k1")).agg(expr("round(regr_avgx(nvl2(id, i, 5), i), 6) AS a1"), expr("round(regr_avgx(length(s), json_array_length(to_json(array(i, i)))), 6) AS a2"), F.max((col("i") + col("j"))).alias("a4"), F.count((col("d") <= lit(0.5))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
