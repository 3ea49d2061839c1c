spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("i") - F.when(col("b"), lit(3)).when(col("b"), col("i")).when((col("i") == lit(10)), col("i")).otherwise(col("i"))).alias("k1")).agg((F.max(col("d")) - F.min(col("d"))).alias("a1"), expr("max(CASE WHEN (dt IS NOT NULL) THEN id WHEN b THEN CASE WHEN (m <= 0.001) THEN id WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN id WHEN (b IS NOT TRUE) THEN id END WHEN b THEN id ELSE CASE WHEN (n IS NOT NULL) THEN id ELSE id END END) AS a2"), expr("max(date_sub(trunc(dt, 'MM'), i)) AS a3"), F.count_if(expr("(-2L DIV -4)").isNull()).alias("a4"))
OUTPUT_MODE = "update"
