spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, dt DATE, s STRING, j INT, m DECIMAL(10,2), b BOOLEAN, ts TIMESTAMP, i INT, n DECIMAL(4,1), f FLOAT").json(INPUT)
result = df.withColumn("c1", F.trunc(F.last_day(col("dt")), "Q")).withColumn("c2", expr("(id % nullif(nullif(j, 2), 0))")).withColumn("c3", F.levenshtein(F.md5(F.try_element_at(F.split(col("s"), ","), lit(3))), col("s")).isin(2, 2)).withColumn("c4", F.coalesce((F.nullif(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00"))) + expr("INTERVAL '90' MINUTE")), col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).withColumn("c5", F.atan2(F.coalesce((col("i") * lit(2)), F.octet_length(col("s")), lit(10)), (lit(0) * col("i"))))
OUTPUT_MODE = "append"
