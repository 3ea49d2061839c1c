spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.second(col("ts")).alias("k1"), expr("i AS k2")).agg(F.count_if(col("s").try_cast("boolean")).alias("a1"), (F.max(F.bround((F.when((col("i") == lit(2)), col("n")).when((col("s") >= lit("2024-02-29")), col("m")).otherwise(col("n")) + F.bround(col("m"), 0)), 1)) - F.min(F.bround((F.when((col("i") == lit(2)), col("n")).when((col("s") >= lit("2024-02-29")), col("m")).otherwise(col("n")) + F.bround(col("m"), 0)), 1))).alias("a2"), F.count(col("ts")).alias("a3"), expr("count_if((d = 100.0D)) AS a4")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
