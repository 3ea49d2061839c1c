spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, b BOOLEAN, dt DATE, ts TIMESTAMP, s STRING, t STRING, i INT, m DECIMAL(12,4), n DECIMAL(9,5)").json(INPUT)
result = df.groupBy(F.levenshtein(F.upper(col("t")), lit("日本")).alias("k1"), "i").agg(F.count(col("dt")).alias("a1"), F.count(F.when((col("m") > lit(100).cast("decimal(3,0)")), col("id").isNotNull().cast("string")).when(col("b"), col("s")).otherwise(expr("CAST(extract(SECOND FROM (TIMESTAMP'1999-12-31 23:59:59.999' - ts)) AS STRING)"))).alias("a2"), expr("round(avg((sqrt(100.0D) - id)), 0) AS a3"), F.bool_or(F.regexp_like(col("t"), lit("o$"))).alias("a4")).orderBy("k1", "i")
OUTPUT_MODE = "complete"
ORDERED = True
