spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), lit(True))).withColumn("c1", expr("crc32(sha1(ltrim(s)))")).withColumn("c2", expr("(id + id)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
