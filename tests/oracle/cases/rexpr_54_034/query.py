from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((((col("d") > col("id")) & col("s").rlike("[0-9]+")) | col("i").isNotNull())).groupBy(F.hash(col("dt")).alias("k1"), F.date_sub(F.when((col("m") > expr("12.345")), col("dt")).otherwise(col("dt")), lit(2)).alias("k2")).agg(F.sort_array(F.collect_set(F.lpad(F.format_string("%s", col("d")), 6, "*"))).alias("a1"), expr("(max(pmod(m, 7.5)) - min(pmod(m, 7.5))) AS a2"), expr("(max(i) - min(i)) AS a3"), (F.max((col("m") * col("d"))) - F.min((col("m") * col("d")))).alias("a4"))
OUTPUT_MODE = "complete"
