spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "i", expr("contains(ucase(sha2(date_format(TIMESTAMP'2024-03-01 12:30:00.123456', 'Q'), 512)), 'H')").alias("c1"), F.bround(F.when(col("n").isNotNull(), col("m")).when((col("j") != lit(10)), col("m")).when((col("j") >= lit(3)), col("n")).otherwise(col("m")), 0), expr("CASE WHEN isnan(d) THEN ((m IS NOT NULL) <= b) WHEN b THEN b END").alias("c3"))
OUTPUT_MODE = "append"
