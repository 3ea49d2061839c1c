from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s", expr("contains(s, 'é') AS k2")).agg(expr("(max(n) - min(n)) AS a1"), F.sort_array(F.collect_set(F.least(lit(7), col("j")))).alias("a2"), expr("max((j + 1)) AS a4"), expr("count_if((s != 'o')) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
