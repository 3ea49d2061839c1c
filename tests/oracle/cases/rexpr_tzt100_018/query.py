spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, f FLOAT, t STRING, s STRING, i INT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, dt DATE, m DECIMAL(12,4)").load(INPUT)
result = df.groupBy(expr("j AS k1")).agg(expr("count_if((locate('o', CAST(TIMESTAMP_NTZ'2024-02-29 23:59:59.999999' + INTERVAL 1 DAY AS STRING)) IN (-1, 1))) AS a1"), F.sum(F.when((~col("f").isin(lit(-1.5))), col("i")).otherwise(lit(0))).alias("a2"), F.avg(F.nullif(col("i"), lit(3))).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
