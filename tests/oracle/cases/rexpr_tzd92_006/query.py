spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, d DOUBLE, s STRING, i INT, m DECIMAL(10,2), b BOOLEAN, dt DATE, t STRING, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce((col("m") != F.hour(F.to_timestamp(lit("1999-12-31 23:59:59.999")))), lit(False)))).withColumn("c1", expr("TRY_CAST((id / nullif(d, 0)) AS DECIMAL(6,3))")).withColumn("c2", expr("CASE WHEN (m IS NULL) THEN ts ELSE date_trunc('QUARTER', CASE WHEN (k > 86400L) THEN ts ELSE ts END) END")).withColumn("c3", col("k")).withColumn("c4", expr("ceiling(c1)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
