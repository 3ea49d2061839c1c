from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.octet_length(F.when(col("b").isNotNull(), col("s")).when(col("b"), lit("Hello")).when(col("b"), col("s"))).alias("k1"), col("m").try_cast("int").alias("k2")).agg(expr("sum(CASE WHEN (ts != TIMESTAMP'1999-12-31 23:59:59.999') THEN bround(CASE WHEN (b IS NOT NULL) THEN m ELSE n END, 2) ELSE 0 END) AS a1"), expr("datediff(max(dt), min(dt)) AS a2"), expr("count_if(nvl2(dt, (dt < to_date('2023-12-31')), false)) AS a3"))
OUTPUT_MODE = "update"
